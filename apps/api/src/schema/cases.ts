import { hasPersonalDataClearance } from '../auth/access.ts';
import { writeCase } from '../records/write.ts';
import { defineRecordKind } from './record-kind.ts';

/** Attention cases (FORM.md §3): the shared record kind plus the case's derived fields. */
export const { RecordType: Case } = defineRecordKind({
  kind: 'case',
  typeName: 'Case',
  one: 'case',
  many: 'cases',
  description:
    'An attention case (FORM.md §3). Record fields keep FORM.md names and codes; personal fields are null for reviewers.',
  inputDescription:
    'A case record with FORM.md field names; codes as plain strings. record_type is implied.',
  savedDescription:
    'The case was stored; warnings (FORM.md §6 severity warning) are stored with it.',
  listDescription: 'Cases of the hubs the caller reaches, newest first.',
  recordDescription:
    'Records a case. Errors → ValidationFailed (nothing stored); warnings come back with the saved case.',
  editDescription: 'Replaces a case with the given record (all fields).',
  monthDescription: 'YYYY-MM of date',
  ownFields: (t) => ({
    attentionRoute: t.exposeString('attentionRoute', { description: 'FORM.md §8.3' }),
    isMinor: t.exposeBoolean('isMinor', { nullable: true }),
    lifeStage: t.exposeString('lifeStage', { nullable: true }),
    genderGroup: t.exposeString('genderGroup', { nullable: true }),
    residenceGroup: t.exposeString('residenceGroup', { nullable: true }),
    servicesCount: t.exposeInt('servicesCount'),
    referred: t.exposeBoolean('referred'),
  }),
  write: writeCase,
  // A list of cases shows names: the audit keeps which records, and only that there was a search
  // (the search text may be a person's name).
  afterList: async (ctx, rows, filter) => {
    if (!hasPersonalDataClearance(ctx.user!.role) || rows.length === 0) return;
    await ctx.audit({
      action: 'list',
      entity: 'case',
      detail: {
        count: rows.length,
        ids: rows.map((r) => r.id),
        filter: { ...filter, ...(filter.search ? { search: '(redacted)' } : {}) },
      },
    });
  },
});
