// A part of the work keeps its own version of a general figure, labelled with the part's name in
// front of the general label (社情民意信息获领导批示 beside 获领导批示). A sentence about that part
// often leaves the part's name out of the clause (报送社情民意信息156条，7条获区领导批示): the
// clause's words then match only the general figure, yet the number is the part's.
import { FIGURE_CATALOGUE, type FigureDefinition } from '../figure-catalogue';
import type { MentionContext } from './mention-context';

/** The group whose figures are every part's (活动): the general figures. */
const GENERAL_GROUP = '活动';

/** For each general figure, its one version in a part of the work (none when two parts or two figures of one part claim it). */
const VERSIONS: ReadonlyMap<string, FigureDefinition> = new Map(
  FIGURE_CATALOGUE.filter((g) => g.group === GENERAL_GROUP).flatMap((general) => {
    const versions = FIGURE_CATALOGUE.filter((f) => f.group !== GENERAL_GROUP && f.unit === general.unit && f.label.startsWith(f.group) && f.label.endsWith(general.label) && f.label !== general.label);
    return versions.length === 1 ? [[general.key, versions[0]!] as const] : [];
  }),
);

/** The part's version of a general figure when the sentence or its heading names the part, else null. */
export function groupVersion(key: string, ctx: MentionContext): FigureDefinition | null {
  const version = VERSIONS.get(key);
  if (!version) return null;
  return `${ctx.far}|${ctx.near}|${ctx.afterSentence}`.includes(version.group) ? version : null;
}
