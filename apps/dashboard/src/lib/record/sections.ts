import type { RecordKind } from './form-values.ts';
import type { recordMessages } from './messages.ts';

export type RecordMessageKey = keyof (typeof recordMessages)['es'];

/** A section of a record form: its heading and its questions, in form order. */
export type FormSection = { title: RecordMessageKey; names: readonly string[] };

/** Registration (FORM.md §2), the same first section of both kinds. */
export const registrationSection: FormSection = {
  title: 'case.registration',
  names: ['date', 'hub', 'hub_other', 'hub_type', 'officer_id'],
};

/** The texts that name a kind's form and its list. */
export const kindTexts: Record<
  RecordKind,
  {
    title: RecordMessageKey;
    editTitle: RecordMessageKey;
    intro: RecordMessageKey;
    save: RecordMessageKey;
    list: string;
  }
> = {
  case: {
    title: 'case.title',
    editTitle: 'case.editTitle',
    intro: 'case.intro',
    save: 'form.saveCase',
    list: '/cases',
  },
  activity: {
    title: 'activity.title',
    editTitle: 'activity.editTitle',
    intro: 'activity.intro',
    save: 'form.saveActivity',
    list: '/activities',
  },
};
