import { eq, getTableColumns, sql } from 'drizzle-orm';
import {
  assessCheckIn,
  assessCommitment,
  checkInChannels,
  checkInStates,
  mcaInterventionTypes,
  type CheckInChannel,
  type CommitmentState,
  type McaInterventionType,
} from '@ventanilla/domain/mca/index';
import { builder } from '../builder.ts';
import { canOnHub } from '../auth/access.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Db } from '../db/client.ts';
import { mcaActions, mcaCheckIns, mcaLetters, mcas } from '../db/schema/index.ts';
import { isCalendarDate } from './input/dates.ts';
import { isUuid } from './input/ids.ts';
import { Forbidden, NotFound, ValidationFailed, resolveKind } from './results.ts';

/** A roster row with the date of its latest check-in (computed in SQL). */
export type McaRow = typeof mcas.$inferSelect & { lastCheckInOn: string | null };
type LetterRow = typeof mcaLetters.$inferSelect;
type CheckInRow = typeof mcaCheckIns.$inferSelect;
type ActionRow = typeof mcaActions.$inferSelect;

/** The roster with each MCA's latest check-in, ready for a `where`. */
export const selectMcas = (db: Db) =>
  db
    .select({
      ...getTableColumns(mcas),
      // Written out: inside a select list drizzle leaves columns unqualified, and a bare "id"
      // would name the check-in's own id.
      lastCheckInOn: sql<
        string | null
      >`(select max(c."on")::text from "mca_check_ins" c where c."mca_id" = "mcas"."id")`,
    })
    .from(mcas);

/** The MCA, when it is there and the caller may read its hub. */
export async function findMca(
  ctx: { db: Db; user: CurrentUser | null },
  id: string,
): Promise<McaRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await selectMcas(ctx.db).where(eq(mcas.id, id));
  return row && canOnHub(ctx.user!, 'mca.read', row.hub) ? row : null;
}

/** The caller's day when it names one, else today in UTC (the API knows no hub's time zone). */
const dayOr = (today: string | null | undefined) =>
  today && isCalendarDate(today) ? today : new Date().toISOString().slice(0, 10);

export const McaCheckInChannelEnum = builder.enumType('McaCheckInChannel', {
  values: checkInChannels,
});
export const McaInterventionTypeEnum = builder.enumType('McaInterventionType', {
  values: mcaInterventionTypes,
});
const McaCheckInStateEnum = builder.enumType('McaCheckInState', { values: checkInStates });
const McaCommitmentStateEnum = builder.enumType('McaCommitmentState', {
  values: ['none', 'indefinite', 'active', 'expiring', 'expired'] as const,
});

const McaLetter = builder.objectRef<LetterRow>('McaLetter').implement({
  description: 'A letter of commitment; a renewal is a new letter. No end date: open-ended.',
  fields: (t) => ({
    id: t.exposeID('id'),
    signedOn: t.exposeString('signedOn'),
    until: t.exposeString('until', { nullable: true }),
  }),
});

const McaCheckIn = builder.objectRef<CheckInRow>('McaCheckIn').implement({
  description: 'A check-in of the hub with the MCA (every 8 to 10 days).',
  fields: (t) => ({
    id: t.exposeID('id'),
    on: t.exposeString('on'),
    channel: t.field({ type: McaCheckInChannelEnum, resolve: (c) => c.channel as CheckInChannel }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const McaAction = builder.objectRef<ActionRow>('McaAction').implement({
  description:
    'An action of the MCA as Annex 5’s chart lists it: place, situation, intervention, time used, type and follow-up.',
  fields: (t) => ({
    id: t.exposeID('id'),
    on: t.exposeString('on'),
    place: t.exposeString('place'),
    situation: t.exposeString('situation', { nullable: true }),
    intervention: t.exposeString('intervention', { nullable: true }),
    minutes: t.exposeInt('minutes', { nullable: true, description: 'Time used, in minutes' }),
    type: t.field({ type: McaInterventionTypeEnum, resolve: (a) => a.type as McaInterventionType }),
    followUp: t.exposeString('followUp', { nullable: true }),
  }),
});

type CheckInStatusShape = ReturnType<typeof assessCheckIn>;
const McaCheckInStatus = builder.objectRef<CheckInStatusShape>('McaCheckInStatus').implement({
  description: 'Where the hub stands with its check-ins: due at 8 days, overdue after 10.',
  fields: (t) => ({
    state: t.field({ type: McaCheckInStateEnum, resolve: (s) => s.state }),
    since: t.exposeString('since', { description: 'Last check-in, or joining when none yet' }),
    days: t.exposeInt('days', { description: 'Whole days since `since`' }),
    dueOn: t.exposeString('dueOn'),
    lateAfter: t.exposeString('lateAfter'),
  }),
});

type CommitmentShape = ReturnType<typeof assessCommitment>;
const McaCommitment = builder.objectRef<CommitmentShape>('McaCommitment').implement({
  description: 'The letter in force (the latest signed) and whether it needs renewing.',
  fields: (t) => ({
    state: t.field({ type: McaCommitmentStateEnum, resolve: (c) => c.state as CommitmentState }),
    signedOn: t.string({ nullable: true, resolve: (c) => c.letter?.signedOn ?? null }),
    until: t.string({ nullable: true, resolve: (c) => c.letter?.until ?? null }),
    daysLeft: t.exposeInt('daysLeft', { nullable: true }),
  }),
});

const lettersOf = (db: Db, mcaId: string) =>
  db.select().from(mcaLetters).where(eq(mcaLetters.mcaId, mcaId)).orderBy(mcaLetters.signedOn);

export const Mca = builder.objectRef<McaRow>('Mca').implement({
  description:
    'A Community Migration Advisor of a hub, with their contact data (personal: the hub’s own staff only).',
  fields: (t) => ({
    id: t.exposeID('id'),
    hub: t.exposeString('hub'),
    name: t.exposeString('name'),
    phone: t.exposeString('phone', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    workplace: t.exposeString('workplace', { nullable: true }),
    referenceName: t.exposeString('referenceName', {
      nullable: true,
      description: 'A personal reference contact, to reach the MCA if their number is lost',
    }),
    referencePhone: t.exposeString('referencePhone', { nullable: true }),
    community: t.exposeString('community', { nullable: true }),
    joinedOn: t.exposeString('joinedOn'),
    leftOn: t.exposeString('leftOn', { nullable: true }),
    lastCheckInOn: t.exposeString('lastCheckInOn', { nullable: true }),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    checkIn: t.field({
      type: McaCheckInStatus,
      args: {
        today: t.arg.string({ description: 'YYYY-MM-DD, the hub’s day; default UTC today' }),
      },
      resolve: (m, { today }) =>
        assessCheckIn({
          joinedOn: m.joinedOn,
          lastCheckInOn: m.lastCheckInOn,
          leftOn: m.leftOn,
          today: dayOr(today),
        }),
    }),
    commitment: t.field({
      type: McaCommitment,
      args: {
        today: t.arg.string({ description: 'YYYY-MM-DD, the hub’s day; default UTC today' }),
      },
      resolve: async (m, { today }, ctx) =>
        assessCommitment({ letters: await lettersOf(ctx.db, m.id), today: dayOr(today) }),
    }),
    letters: t.field({ type: [McaLetter], resolve: (m, _a, ctx) => lettersOf(ctx.db, m.id) }),
    checkIns: t.field({
      type: [McaCheckIn],
      description: 'Latest first',
      args: { limit: t.arg.int({ description: 'At most 100; default 20' }) },
      resolve: (m, { limit }, ctx) =>
        ctx.db
          .select()
          .from(mcaCheckIns)
          .where(eq(mcaCheckIns.mcaId, m.id))
          .orderBy(sql`${mcaCheckIns.on} desc, ${mcaCheckIns.createdAt} desc`)
          .limit(Math.min(Math.max(limit ?? 20, 1), 100)),
    }),
    actions: t.field({
      type: [McaAction],
      description: 'Latest first',
      args: { limit: t.arg.int({ description: 'At most 200; default 50' }) },
      resolve: (m, { limit }, ctx) =>
        ctx.db
          .select()
          .from(mcaActions)
          .where(eq(mcaActions.mcaId, m.id))
          .orderBy(sql`${mcaActions.on} desc, ${mcaActions.createdAt} desc`)
          .limit(Math.min(Math.max(limit ?? 50, 1), 200)),
    }),
  }),
});

type StaleShape = { kind: 'McaChanged'; message: string; current: McaRow };
const McaChanged = builder.objectRef<StaleShape>('McaChanged').implement({
  description: 'Someone changed the MCA after the version this change read; nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message'),
    current: t.field({ type: Mca, resolve: (s) => s.current }),
  }),
});

export const McaResult = builder.unionType('McaResult', {
  types: [Mca, ValidationFailed, NotFound, Forbidden, McaChanged],
  resolveType: resolveKind('Mca'),
});

export const mcaChanged = (lang: 'es' | 'en', current: McaRow): StaleShape => ({
  kind: 'McaChanged',
  message:
    lang === 'en'
      ? 'Someone changed this advisor meanwhile. Read it again and repeat your change.'
      : 'Alguien cambió los datos de esta persona asesora mientras tanto. Léalos de nuevo y repita su cambio.',
  current,
});
