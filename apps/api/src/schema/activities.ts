import { writeActivity } from '../records/write.ts';
import { defineRecordKind } from './record-kind.ts';

/** Outreach activities (FORM.md §4): the shared record kind plus the §8.2 estimates. */
export const { RecordType: Activity } = defineRecordKind({
  kind: 'activity',
  typeName: 'Activity',
  one: 'activity',
  many: 'activities',
  description: 'An outreach activity (FORM.md §4), with the §8.2 estimates (unrounded).',
  inputDescription:
    'An activity record with FORM.md field names; codes as plain strings. record_type is implied.',
  listDescription: 'Activities of the hubs the caller reaches, newest first.',
  editDescription: 'Replaces an activity with the given record (all fields).',
  ownFields: (t) => ({
    estPeople: t.exposeFloat('estPeople', { nullable: true }),
    estWomen: t.exposeFloat('estWomen', { nullable: true }),
    estMinors: t.exposeFloat('estMinors', { nullable: true }),
    estAvgAge: t.exposeFloat('estAvgAge', { nullable: true }),
    estPassShare: t.exposeFloat('estPassShare', { nullable: true }),
  }),
  write: writeActivity,
});
