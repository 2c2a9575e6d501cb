import { randomUUID } from 'node:crypto';
import type { DemoCasework } from '@ventanilla/demo';
import type { Tx } from '../db/client.ts';
import {
  caseContext,
  feedbackResponses,
  mcaActions,
  mcaCheckIns,
  mcaLetters,
  mcas,
  personCodes,
  referrals,
} from '../db/schema/index.ts';

const batchSize = 400;

/** Inserts `rows` in batches (PostgreSQL caps the parameters of one statement). */
async function insertAll<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += batchSize)
    await insert(rows.slice(start, start + batchSize));
}

/**
 * Loads the full demo's issue-16 casework into the same tables the API's mutations write
 * (referralAdd/Move, mcaAdd and its records, caseContextSet/personCodeIssue, feedbackSubmit).
 * Rows carry no author (no user did them), so nobody's training ticks from demo data; the seed's
 * one audit row counts them, as it counts the cases.
 */
export async function insertCasework({
  tx,
  casework,
  caseIds,
  directoryIds,
}: {
  tx: Tx;
  casework: DemoCasework;
  /** Case id by the generated record's `_uuid`. */
  caseIds: Map<string, string>;
  /** Directory entry id by the generated entry's id. */
  directoryIds: Map<string, string>;
}) {
  const mcaIds = new Map(casework.mcas.map((m) => [m.id, randomUUID()]));
  await insertAll(casework.mcas, (batch) =>
    tx.insert(mcas).values(
      batch.map((m) => ({
        id: mcaIds.get(m.id)!,
        hub: m.hub,
        name: m.name,
        phone: m.phone,
        address: m.address,
        workplace: m.workplace,
        referenceName: m.referenceName,
        referencePhone: m.referencePhone,
        community: m.community,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
      })),
    ),
  );
  const letters = casework.mcas.flatMap((m) =>
    m.letters.map((l) => ({ ...l, mcaId: mcaIds.get(m.id)! })),
  );
  await insertAll(letters, (batch) => tx.insert(mcaLetters).values(batch));
  const checkIns = casework.mcas.flatMap((m) =>
    m.checkIns.map((c) => ({ ...c, mcaId: mcaIds.get(m.id)! })),
  );
  await insertAll(checkIns, (batch) => tx.insert(mcaCheckIns).values(batch));
  const actions = casework.mcas.flatMap((m) =>
    m.actions.map((a) => ({ ...a, mcaId: mcaIds.get(m.id)! })),
  );
  await insertAll(actions, (batch) => tx.insert(mcaActions).values(batch));

  const referralRows = casework.referrals.flatMap(({ caseUuid, directoryEntryId, ...r }) => {
    const caseId = caseIds.get(caseUuid);
    if (!caseId) return [];
    const entry = directoryEntryId ? (directoryIds.get(directoryEntryId) ?? null) : null;
    return [{ ...r, caseId, directoryEntryId: entry }];
  });
  await insertAll(referralRows, (batch) => tx.insert(referrals).values(batch));

  const codeIds = new Map(casework.personCodes.map((p) => [`${p.hub}|${p.code}`, randomUUID()]));
  await insertAll(casework.personCodes, (batch) =>
    tx
      .insert(personCodes)
      .values(batch.map((p) => ({ ...p, id: codeIds.get(`${p.hub}|${p.code}`)! }))),
  );
  const contexts = casework.caseContexts.flatMap((c) => {
    const caseId = caseIds.get(c.caseUuid);
    if (!caseId) return [];
    return [
      {
        caseId,
        hub: c.hub,
        source: c.source,
        sourceMcaId: c.mcaId ? (mcaIds.get(c.mcaId) ?? null) : null,
        personCodeId: c.personCode ? (codeIds.get(`${c.hub}|${c.personCode}`) ?? null) : null,
      },
    ];
  });
  await insertAll(contexts, (batch) => tx.insert(caseContext).values(batch));
  await insertAll(casework.feedback, (batch) => tx.insert(feedbackResponses).values(batch));
  return {
    mcas: casework.mcas.length,
    referrals: referralRows.length,
    personCodes: casework.personCodes.length,
    caseContexts: contexts.length,
    feedback: casework.feedback.length,
  };
}
