// 示例数据: load a generated county's year, and take it all out again in one step. Sample
// records (members, activities, proposals) carry isSample; attachments go with their sample activity, and a sample member put on
// one of the office's own activities is taken off its participant list.
import type { LedgerDatabase } from './database';
import { generateLedger, smallSampleSize, SAMPLE_COMMITTEE_NAME, type SampleSize } from '../domain/sample/generate-ledger';
import { toIsoDate } from '../domain/common/dates';
import { nowIso } from './clock';
import { withDerivedFields } from '../domain/activities/activity';
import { markQuiet } from './history/history-middleware';
import { addSampleGrassRoots, grassRootsMemberIds, removeSampleGrassRoots } from './grassroots-sample';
import { getSettings, putSettings } from './settings-repo';

/**
 * On an empty ledger the sample brings its own committee settings and dictionaries; on a ledger
 * that is set up already, only the sample members and activities are added.
 */
export async function loadSampleLedger(db: LedgerDatabase, size: SampleSize = smallSampleSize(toIsoDate(new Date()))): Promise<void> {
  // Set up already, the office keeps its committee: the sample's words name its level's 政府.
  const level = (await getSettings(db))?.committee.level;
  const sample = generateLedger(level ? { ...size, level } : size);
  // Generated records are nobody's work: no per-record history for loading or removing them.
  await db.transaction('rw', db.ledgerTables, async (tx) => {
    markQuiet(tx.idbtrans);
    const existing = await getSettings(db);
    if (existing) await putSettings(db, { ...existing, sampleLoaded: true, updatedAt: nowIso() });
    else if (sample.settings) await db.settings.put(sample.settings);
    if ((await db.dictionary.count()) === 0) await db.dictionary.bulkAdd(sample.dictionary);
    await db.members.bulkAdd(sample.members);
    await db.activities.bulkAdd(sample.activities);
    await db.proposals.bulkAdd(sample.proposals);
    await db.opinions.bulkAdd(sample.opinions);
    await db.plans.bulkAdd(sample.plans);
    await db.evaluations.bulkAdd(sample.evaluations);
    await db.supervisors.bulkAdd(sample.supervisors);
    await db.supervisionLetters.bulkAdd(sample.supervisionLetters);
    // A year whose notes the office has written keeps them: the sample's text never overwrites.
    const written = new Set((await db.yearNotes.toArray()).map((n) => n.year));
    await db.yearNotes.bulkAdd(sample.yearNotes.filter((n) => !written.has(n.year)));
    await addSampleGrassRoots(db, sample);
  });
}

export async function removeSampleLedger(db: LedgerDatabase): Promise<{ members: number; activities: number }> {
  return db.transaction('rw', db.ledgerTables, async (tx) => {
    markQuiet(tx.idbtrans);
    // A sample member the office made the proposer of one of its own proposals stays (marked 示例):
    // the proposal must keep its proposer. On the office's own activities they are simply taken off.
    const ownProposers = new Set((await db.proposals.filter((p) => !p.isSample).toArray()).flatMap((p) => p.memberIds));
    // Likewise the submitter of one of the office's own 社情民意信息.
    for (const o of await db.opinions.filter((x) => !x.isSample).toArray()) for (const id of o.memberIds) ownProposers.add(id);
    // And a member the office itself appointed 监督员: the appointment must keep its member.
    for (const a of await db.supervisors.filter((x) => !x.isSample).toArray()) ownProposers.add(a.memberId);
    // And a member the office's own 联络站, 结对帮扶 or 采访 names.
    for (const id of await grassRootsMemberIds(db)) ownProposers.add(id);
    const members = (await db.members.filter((m) => m.isSample).primaryKeys()).filter((id) => !ownProposers.has(id));
    const activities = await db.activities.filter((a) => a.isSample).primaryKeys();
    const memberSet = new Set(members);
    const activitySet = new Set(activities);
    await db.activities
      .filter((a) => !activitySet.has(a.id) && a.participants.some((p) => memberSet.has(p.memberId)))
      .modify((a) => {
        Object.assign(a, withDerivedFields({ ...a, participants: a.participants.filter((p) => !memberSet.has(p.memberId)) }));
      });
    await db.attachments.filter((f) => activitySet.has(f.ownerId)).delete();
    await db.members.bulkDelete(members);
    await db.activities.bulkDelete(activities);
    await db.proposals.filter((p) => p.isSample).delete();
    await db.opinions.filter((o) => o.isSample).delete();
    await db.evaluations.filter((r) => r.isSample).delete();
    await db.supervisors.filter((a) => a.isSample).delete();
    await db.supervisionLetters.filter((l) => l.isSample).delete();
    await db.plans.filter((p) => p.isSample).delete();
    await db.yearNotes.filter((n) => n.isSample).delete();
    await removeSampleGrassRoots(db, activitySet);
    // The office's own planned items stay, no longer fulfilled by a sample activity now gone; steps
    // it recorded for a sample activity (an unplanned item) go with the activity.
    await db.plans.filter((p) => p.unplanned && p.activityId !== null && activitySet.has(p.activityId)).delete();
    await db.plans.filter((p) => p.activityId !== null && activitySet.has(p.activityId)).modify({ activityId: null });
    const settings = await getSettings(db);
    const ownRecordsLeft = (await db.members.count()) + (await db.activities.count()) + (await db.proposals.count()) + (await db.opinions.count()) + (await db.plans.count()) > 0;
    if (settings?.committee.name === SAMPLE_COMMITTEE_NAME && !ownRecordsLeft) {
      // The sample set the ledger up; taking it out returns the program to its first run.
      await db.settings.delete('committee');
      await db.dictionary.clear();
    } else if (settings) {
      await putSettings(db, { ...settings, sampleLoaded: false, updatedAt: nowIso() });
    }
    return { members: members.length, activities: activities.length };
  });
}
