// What a template's sentences claim about their figures, read from the clause text, for the
// consistency tests: "共收到提案N件，其中集体提案a件、联名提案b件、个人提案c件" says a+b+c = N;
// "不予立案N件，其中包括作为社情民意信息处理a件" says only that a is among N. The whole is the last
// count (not a rate) before 其中; the parts are the counts after it, up to the end of the sentence
// (。 or ；) or of the part ([[…]]) that holds the 其中. And the words that lead each figure
// (共收到提案, 开展民主评议): two kinds that lead a figure with the same words state the same fact.
import { keysOfPlaceholder, parseClauseText, PLACEHOLDER, type ClauseNode } from './clause-text';
import { figureByKey } from './figure-catalogue';
import { clausesOf, type ReportTemplate } from './report-template';

export interface StatedWhole {
  clause: string;
  whole: string;
  parts: string[];
  /** 其中包括: the parts are some of the whole, not all of it. */
  some: boolean;
}

const isCount = (key: string) => {
  const unit = figureByKey(key)?.unit;
  return unit !== undefined && unit !== '%';
};
const SENTENCE_END = /[。；]/;
const startsWithWhere = (node: ClauseNode) => node.kind === 'part' && node.children[0]?.kind === 'text' && node.children[0].text.includes('其中');

/** The count keys in `nodes` up to the sentence's end, not entering a nested 其中 list. */
function partsIn(nodes: readonly ClauseNode[]): string[] {
  const keys: string[] = [];
  for (const node of nodes) {
    if (node.kind === 'text' && SENTENCE_END.test(node.text)) break;
    if (node.kind === 'placeholder' && isCount(node.key)) keys.push(node.key);
    if (node.kind === 'part' && !startsWithWhere(node)) keys.push(...partsIn(node.children));
  }
  return keys;
}

export function statedWholesOf(template: ReportTemplate): StatedWhole[] {
  const out: StatedWhole[] = [];
  for (const { clause } of clausesOf(template)) {
    const parsed = parseClauseText(clause.text);
    if (!parsed.ok) throw new Error(`${clause.id}: ${parsed.error}`);
    let lastCount: string | undefined;
    const visit = (nodes: readonly ClauseNode[]) => {
      nodes.forEach((node, i) => {
        if (node.kind === 'placeholder' && isCount(node.key)) lastCount = node.key;
        else if (node.kind === 'part') visit(node.children);
        else if (node.kind === 'text') {
          const at = node.text.indexOf('其中');
          if (at < 0) return;
          if (!lastCount) throw new Error(`${clause.id}: “其中”前面没有总数`);
          out.push({ clause: clause.id, whole: lastCount, parts: partsIn(nodes.slice(i + 1)), some: node.text.startsWith('其中包括', at) });
        }
      });
    };
    visit(parsed.nodes);
  }
  return out;
}

/**
 * Each figure a template states, with the words that lead it in its sentence: the text back to
 * the last ，。；： with the parts' brackets taken out and other figures written #
 * ("全体会议应到委员#人次、实到" leads meetings.plenary.present).
 */
export function figureLeadsOf(template: ReportTemplate): { lead: string; key: string }[] {
  const out: { lead: string; key: string }[] = [];
  for (const { clause } of clausesOf(template)) {
    for (const m of clause.text.matchAll(PLACEHOLDER)) {
      const before = clause.text.slice(0, m.index).replace(/\[\[|\]\]/g, '').replace(PLACEHOLDER, '#');
      const lead = before.split(/[，。；：]/).at(-1)!.trim();
      for (const key of keysOfPlaceholder(m[1]!.trim())) if (lead.length >= 2 && figureByKey(key)) out.push({ lead, key });
    }
  }
  return out;
}
