import { eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { verificationMeetings } from '../db/schema/index.ts';
import { loadAgenda, type AgendaEntry, type DecisionShape } from '../reports/agenda.ts';
import {
  listMeetings,
  loadFollowUps,
  loadMeeting,
  loadUserNames,
  openMeeting,
  updateMeeting,
  type MeetingRow,
} from '../reports/store.ts';
import { FollowUp } from './follow-up-type.ts';
import { MonthlyReport } from './monthly-report.ts';
import { LIMIT } from './reports.ts';
import { ReportStatusEnum } from './report-status.ts';
import { checkMonth, findingsOf, loadViews, statusOf, type ReportView } from './report-view.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';

/** The verification meeting (issue 5) and its agenda, taken hub by hub (issue 15). */

type Entry = AgendaEntry<ReportView>;
const agendaOf = (ctx: Context, meeting: MeetingRow): Promise<Entry[]> =>
  loadAgenda({
    ctx,
    meeting,
    views: () => loadViews(ctx, 'all', [meeting.month]),
    statusOf,
    findingsOf: (v) => findingsOf(ctx, v),
  });

const MeetingDecision = builder.objectRef<DecisionShape>('MeetingDecision').implement({
  fields: (t) => ({
    hubCode: t.exposeString('hub'),
    month: t.exposeString('month'),
    action: t.exposeString('action', { description: 'return, verify or reopen' }),
    toStatus: t.exposeString('toStatus'),
    reason: t.exposeString('reason', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
    by: t.exposeString('by'),
  }),
});

const AgendaHub = builder.objectRef<Entry>('AgendaHub').implement({
  description: 'One line of the agenda: a hub, where it stands and what the meeting did about it.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Place on the agenda, from 1' }),
    hubCode: t.string({ resolve: (e) => e.report.hub }),
    hubName: t.string({ resolve: (e) => e.report.hubName }),
    status: t.field({ type: ReportStatusEnum, resolve: (e) => statusOf(e.report) }),
    score: t.exposeInt('score', {
      description: 'Attention needed when the meeting opened; the agenda is sorted by it',
    }),
    findings: t.int({
      description: 'Data-quality findings of the month',
      resolve: async (e, _a, ctx) => (await findingsOf(ctx, e.report)).length,
    }),
    highFindings: t.int({
      description: 'Findings of high severity',
      resolve: async (e, _a, ctx) =>
        (await findingsOf(ctx, e.report)).filter((f) => f.severity === 'high').length,
    }),
    openFollowUps: t.int({
      resolve: (e) => e.followUps.filter((f) => f.status === 'open').length,
    }),
    decision: t.field({
      type: MeetingDecision,
      nullable: true,
      description: "The meeting's latest decision on this hub's report",
      resolve: (e) => e.decisions.at(-1) ?? null,
    }),
  }),
});

type ItemShape = Entry & { agenda: Entry[] };
const AgendaItem = builder.objectRef<ItemShape>('AgendaItem').implement({
  description: "One hub's turn in the meeting: its report, decisions and follow-ups.",
  fields: (t) => ({
    score: t.exposeInt('score', {
      description: 'Higher needs more attention; the agenda is sorted by it',
    }),
    position: t.exposeInt('position', { description: 'Place on the agenda, from 1' }),
    total: t.int({ description: 'Hubs on the agenda', resolve: (i) => i.agenda.length }),
    previous: t.field({
      type: AgendaHub,
      nullable: true,
      resolve: (i) => i.agenda[i.position - 2] ?? null,
    }),
    next: t.field({
      type: AgendaHub,
      nullable: true,
      resolve: (i) => i.agenda[i.position] ?? null,
    }),
    report: t.field({ type: MonthlyReport, resolve: (a) => a.report }),
    followUps: t.field({ type: [FollowUp], resolve: (a) => a.followUps }),
    decisions: t.field({
      type: [MeetingDecision],
      description: "The meeting's decisions on this hub's report, oldest first",
      resolve: (a) => a.decisions,
    }),
  }),
});
const asItems = (agenda: Entry[]): ItemShape[] => agenda.map((e) => ({ ...e, agenda }));

const Meeting = builder.objectRef<MeetingRow>('VerificationMeeting').implement({
  description:
    'A monthly verification meeting (hubs handbook §3.2: results verified jointly with IOM).',
  fields: (t) => ({
    id: t.exposeID('id'),
    month: t.exposeString('month'),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    attendees: t.exposeString('attendees', { nullable: true, description: 'Participants' }),
    notes: t.exposeString('notes', { nullable: true }),
    openedBy: t.string({
      resolve: async (m, _a, ctx) =>
        (m.openedBy && (await loadUserNamesOnce(ctx, m.openedBy))) || '—',
    }),
    agendaHubs: t.field({
      type: [AgendaHub],
      description: 'The hubs on the agenda in order, each with its state (no figures)',
      resolve: (m, _a, ctx) => agendaOf(ctx, m),
    }),
    agendaItem: t.field({
      type: AgendaItem,
      nullable: true,
      description: "One hub's turn, with the previous and next hub (null: not on the agenda)",
      args: { hub: t.arg.string({ required: true }) },
      resolve: async (m, { hub }, ctx) =>
        asItems(await agendaOf(ctx, m)).find((i) => i.report.hub === hub) ?? null,
    }),
    agenda: t.field({
      type: [AgendaItem],
      description:
        'Every hub with its report, findings and open follow-ups, most in need of attention first',
      resolve: async (m, _a, ctx) => asItems(await agendaOf(ctx, m)),
    }),
    decisions: t.field({
      type: [MeetingDecision],
      resolve: async (m, _a, ctx) =>
        (await agendaOf(ctx, m))
          .flatMap((e) => e.decisions)
          .sort((a, b) => a.at.getTime() - b.at.getTime()),
    }),
    followUps: t.field({
      type: [FollowUp],
      description: 'Open follow-ups (from any meeting) and those agreed or closed in this one',
      resolve: (m, _a, ctx) => loadFollowUps(ctx.db, { hubCodes: 'all', meetingId: m.id }),
    }),
  }),
});

async function loadUserNamesOnce(ctx: Context, id: string) {
  return (await loadUserNames(ctx.db, [id])).get(id);
}

builder.queryFields((t) => ({
  verificationMeetings: t.field({
    type: [Meeting],
    authScopes: { permission: 'report.verify' },
    resolve: (_r, _a, ctx) => listMeetings(ctx.db),
  }),
  verificationMeeting: t.field({
    type: Meeting,
    nullable: true,
    authScopes: { permission: 'report.verify' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => loadMeeting(ctx.db, String(id)),
  }),
}));

const MeetingResult = builder.unionType('MeetingResult', {
  types: [Meeting, ValidationFailed, NotFound, Forbidden],
  resolveType: resolveKind('VerificationMeeting'),
});

const closedMeeting = (ctx: Context) =>
  inputFailed(ctx.lang, [
    {
      field: 'id',
      en: 'This meeting is closed: its minutes can no longer change.',
      es: 'Esta reunión está cerrada: su acta ya no se puede cambiar.',
    },
  ]);
const clean = (text: string | null | undefined) => text?.trim().slice(0, LIMIT) || null;

builder.mutationFields((t) => ({
  meetingOpen: t.field({
    type: MeetingResult,
    authScopes: { permission: 'report.verify' },
    args: { month: t.arg.string({ required: true }), attendees: t.arg.string() },
    resolve: async (_r, { month, attendees }, ctx) => {
      checkMonth(ctx, month);
      return openMeeting(ctx, month, clean(attendees));
    },
  }),
  meetingUpdate: t.field({
    type: MeetingResult,
    description:
      'Records the participants and the notes of an open meeting (a text left out is kept; an empty one is cleared). Audited without the texts.',
    authScopes: { permission: 'report.verify' },
    args: {
      id: t.arg.id({ required: true }),
      attendees: t.arg.string({ description: 'Participants, one per line' }),
      notes: t.arg.string(),
    },
    resolve: async (_r, { id, attendees, notes }, ctx) => {
      const meeting = await loadMeeting(ctx.db, String(id));
      if (!meeting) return notFound(ctx.lang);
      if (meeting.closedAt) return closedMeeting(ctx);
      const changes: { attendees?: string | null; notes?: string | null } = {};
      if (attendees != null) changes.attendees = clean(attendees);
      if (notes != null) changes.notes = clean(notes);
      if (!Object.keys(changes).length) return meeting;
      return updateMeeting(ctx, meeting, changes);
    },
  }),
  meetingClose: t.field({
    type: MeetingResult,
    authScopes: { permission: 'report.verify' },
    args: { id: t.arg.id({ required: true }), notes: t.arg.string() },
    resolve: async (_r, { id, notes }, ctx) => {
      const meeting = await loadMeeting(ctx.db, String(id));
      if (!meeting) return notFound(ctx.lang);
      if (meeting.closedAt) return meeting;
      const [row] = await ctx.db
        .update(verificationMeetings)
        .set({ closedAt: new Date(), notes: clean(notes) || meeting.notes })
        .where(eq(verificationMeetings.id, meeting.id))
        .returning();
      await ctx.audit({
        action: 'meeting.close',
        entity: 'verification_meeting',
        entityId: meeting.id,
      });
      return row!;
    },
  }),
}));
