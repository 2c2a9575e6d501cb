import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Role } from '@ventanilla/domain';
import {
  computeDueDate,
  findItem,
  isOverdue,
  listTrackItems,
  requiredDirectorySectors,
  summarizeTrack,
  type AutoRule,
  type ItemState,
  type ItemStatus,
  type Track,
  type TrainingItem,
} from '@ventanilla/domain/training/index';
import type { Executor } from '../db/client.ts';
import { trackStartDate } from './track-start.ts';
import {
  activities,
  auditLog,
  cases,
  directoryEntries,
  mcaCheckIns,
  trainingAttempts,
  trainingProgress,
  userHubs,
  users,
} from '../db/schema/index.ts';

/** A person whose training is read: staff, never migrants. */
export type Trainee = {
  id: string;
  name: string;
  email: string;
  role: Role;
  hubCodes: string[];
  startedAt: Date;
};

export type EvidenceKind =
  'case' | 'activity' | 'directory' | 'certificate' | 'referral' | 'mca_check_in';

export type AttemptView = { score: number; passed: boolean; createdAt: Date };

/** One item of one person, as the API answers it. */
export type ItemView = {
  itemId: string;
  moduleId: string;
  type: TrainingItem['type'];
  status: ItemStatus;
  completedAt: Date | null;
  dueAt: Date;
  overdue: boolean;
  evidence: string | null;
  evidenceKind: EvidenceKind | null;
  autoComplete: AutoRule | null;
  signoffRequestedAt: Date | null;
  signedOffAt: Date | null;
  signedOffByName: string | null;
  attempts: AttemptView[];
  attemptsLeft: number | null;
};

export type TrackView = {
  trainee: Trainee;
  track: Track;
  /** When this track's deadlines started counting (see trackStartDate). */
  startedAt: Date;
  total: number;
  completed: number;
  completedAt: Date | null;
  nextItemId: string | null;
  overdue: string[];
  modules: { moduleId: string; total: number; completed: number }[];
  items: ItemView[];
};

type AutoEvidence = { at: Date; evidence: string; kind: EvidenceKind };

/** Loads trainees (active users) by id, with hubs and start date (account creation). */
export async function loadTrainees({
  db,
  where,
}: {
  db: Executor;
  where: { ids?: string[]; hubCodes?: string[] | 'all'; excludeId?: string };
}): Promise<Trainee[]> {
  const conditions = [eq(users.active, true), inArray(users.role, ['hub_officer', 'coordinator'])];
  if (where.ids) conditions.splice(1, 1, inArray(users.id, where.ids));
  if (where.excludeId) conditions.push(ne(users.id, where.excludeId));
  if (where.hubCodes && where.hubCodes !== 'all') {
    if (where.hubCodes.length === 0) return [];
    conditions.push(
      inArray(
        users.id,
        db
          .select({ id: userHubs.userId })
          .from(userHubs)
          .where(inArray(userHubs.hubCode, where.hubCodes)),
      ),
    );
  }
  const rows = await db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.name));
  if (rows.length === 0) return [];
  const hubRows = await db
    .select()
    .from(userHubs)
    .where(
      inArray(
        userHubs.userId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    hubCodes: hubRows
      .filter((h) => h.userId === row.id)
      .map((h) => h.hubCode)
      .sort(),
    startedAt: row.createdAt,
  }));
}

/**
 * Evaluates the auto-completion rules against the records: a person's first case and first
 * activity (by who created them), their first referral closed with an outcome and first check-in
 * with a community advisor, and a hub directory holding every required sector.
 */
async function loadAutoEvidence({
  db,
  trainees,
}: {
  db: Executor;
  trainees: Trainee[];
}): Promise<Map<string, Map<AutoRule, AutoEvidence>>> {
  const result = new Map<string, Map<AutoRule, AutoEvidence>>(
    trainees.map((t) => [t.id, new Map()]),
  );
  if (trainees.length === 0) return result;
  const ids = trainees.map((t) => t.id);
  for (const [table, rule, kind] of [
    [cases, 'first_case', 'case'],
    [activities, 'first_activity', 'activity'],
  ] as const) {
    const firsts = await db
      .selectDistinctOn([table.createdBy], {
        userId: table.createdBy,
        id: table.id,
        at: table.createdAt,
      })
      .from(table)
      .where(inArray(table.createdBy, ids))
      .orderBy(table.createdBy, asc(table.createdAt));
    for (const first of firsts) {
      if (!first.userId) continue;
      result.get(first.userId)?.set(rule, { at: first.at, evidence: first.id, kind });
    }
  }
  // The first referral each person closed with an outcome (who closed it is in the audit log),
  // and the first check-in with a community advisor each person recorded.
  const closings = await db
    .selectDistinctOn([auditLog.userId], {
      userId: auditLog.userId,
      id: auditLog.entityId,
      at: auditLog.at,
    })
    .from(auditLog)
    .where(
      and(
        inArray(auditLog.userId, ids),
        eq(auditLog.entity, 'referral'),
        eq(auditLog.action, 'state'),
        sql`${auditLog.detail}->>'to' = 'closed'`,
      ),
    )
    .orderBy(auditLog.userId, asc(auditLog.at));
  for (const first of closings) {
    if (!first.userId || !first.id) continue;
    result
      .get(first.userId)
      ?.set('first_referral_closed', { at: first.at, evidence: first.id, kind: 'referral' });
  }
  const checkIns = await db
    .selectDistinctOn([mcaCheckIns.createdBy], {
      userId: mcaCheckIns.createdBy,
      id: mcaCheckIns.id,
      at: mcaCheckIns.createdAt,
    })
    .from(mcaCheckIns)
    .where(inArray(mcaCheckIns.createdBy, ids))
    .orderBy(mcaCheckIns.createdBy, asc(mcaCheckIns.createdAt));
  for (const first of checkIns) {
    if (!first.userId) continue;
    result
      .get(first.userId)
      ?.set('first_mca_check_in', { at: first.at, evidence: first.id, kind: 'mca_check_in' });
  }
  const hubs = [...new Set(trainees.flatMap((t) => t.hubCodes))];
  if (hubs.length > 0) {
    const sectors = await db
      .select({
        hub: directoryEntries.hub,
        sector: directoryEntries.sector,
        at: sql<string>`min(${directoryEntries.createdAt})`.mapWith((v) => new Date(String(v))),
      })
      .from(directoryEntries)
      .where(
        and(
          inArray(directoryEntries.hub, hubs),
          inArray(directoryEntries.sector, [...requiredDirectorySectors]),
        ),
      )
      .groupBy(directoryEntries.hub, directoryEntries.sector);
    const readyAt = new Map<string, Date>();
    for (const hub of hubs) {
      const rows = sectors.filter((s) => s.hub === hub);
      if (rows.length < requiredDirectorySectors.length) continue;
      readyAt.set(hub, new Date(Math.max(...rows.map((r) => r.at.getTime()))));
    }
    for (const trainee of trainees) {
      const ready = trainee.hubCodes
        .filter((hub) => readyAt.has(hub))
        .sort((a, b) => readyAt.get(a)!.getTime() - readyAt.get(b)!.getTime())[0];
      if (ready) {
        result.get(trainee.id)?.set('directory_sectors', {
          at: readyAt.get(ready)!,
          evidence: ready,
          kind: 'directory',
        });
      }
    }
  }
  return result;
}

/** Reads the progress of several trainees through their tracks (derived items included). */
export async function loadTrackViews({
  db,
  trainees,
  trackFor,
  now = new Date(),
}: {
  db: Executor;
  trainees: Trainee[];
  trackFor: (trainee: Trainee) => Track;
  now?: Date;
}): Promise<TrackView[]> {
  if (trainees.length === 0) return [];
  const ids = trainees.map((t) => t.id);
  const [stored, attempts, auto] = await Promise.all([
    db.select().from(trainingProgress).where(inArray(trainingProgress.userId, ids)),
    db
      .select()
      .from(trainingAttempts)
      .where(and(inArray(trainingAttempts.userId, ids), eq(trainingAttempts.voided, false)))
      .orderBy(asc(trainingAttempts.createdAt)),
    loadAutoEvidence({ db, trainees }),
  ]);
  const signerIds = [...new Set(stored.map((s) => s.signedOffBy).filter((v): v is string => !!v))];
  const signers =
    signerIds.length > 0
      ? await db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, signerIds))
      : [];
  const signerName = new Map(signers.map((s) => [s.id, s.name]));

  return trainees.map((trainee) => {
    const track = trackFor(trainee);
    const mine = new Map(stored.filter((s) => s.userId === trainee.id).map((s) => [s.itemId, s]));
    const autoMine = auto.get(trainee.id) ?? new Map();
    const states = new Map<string, ItemState>();
    const trackItems = listTrackItems({ track });
    const inTrack = new Set(trackItems.map((item) => item.id));
    const startDate = trackStartDate({
      role: trainee.role,
      startedAt: trainee.startedAt,
      track,
      activity: [
        ...[...mine.values()].filter((s) => inTrack.has(s.itemId)).map((s) => s.updatedAt),
        ...attempts
          .filter((a) => a.userId === trainee.id && inTrack.has(a.itemId))
          .map((a) => a.createdAt),
      ],
      now,
    });
    const items = trackItems.map((item): ItemView => {
      const row = mine.get(item.id);
      const derived = item.autoComplete ? autoMine.get(item.autoComplete) : undefined;
      const tries = attempts
        .filter((a) => a.userId === trainee.id && a.itemId === item.id)
        .map((a) => ({ score: a.score, passed: a.passed, createdAt: a.createdAt }));
      let status: ItemStatus = row?.status ?? (tries.length > 0 ? 'in_progress' : 'not_started');
      let completedAt = row?.completedAt ?? null;
      let evidence = row?.evidence ?? null;
      let evidenceKind: EvidenceKind | null = row?.evidence ? 'certificate' : null;
      if (item.autoComplete) {
        status = derived ? 'completed' : 'not_started';
        completedAt = derived?.at ?? null;
        evidence = derived?.evidence ?? null;
        evidenceKind = derived?.kind ?? null;
      }
      const state = { status, completedAt };
      states.set(item.id, state);
      const maxAttempts = item.type === 'quiz' ? item.check.maxAttempts : null;
      return {
        itemId: item.id,
        moduleId: findItem({ id: item.id })!.module.id,
        type: item.type,
        status,
        completedAt,
        dueAt: computeDueDate({ item, startDate }),
        overdue: isOverdue({ item, state, startDate, now }),
        evidence,
        evidenceKind,
        autoComplete: item.autoComplete ?? null,
        signoffRequestedAt: row?.signoffRequestedAt ?? null,
        signedOffAt: row?.signedOffAt ?? null,
        signedOffByName: row?.signedOffBy ? (signerName.get(row.signedOffBy) ?? null) : null,
        attempts: tries,
        attemptsLeft: maxAttempts === null ? null : Math.max(0, maxAttempts - tries.length),
      };
    });
    const summary = summarizeTrack({ track, states, startDate, now });
    return { trainee, track, startedAt: startDate, ...summary, items };
  });
}
