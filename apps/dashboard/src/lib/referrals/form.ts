/** The fields of the "record a referral" form, as typed (re-shown after a refusal). */
export type ReferralFormValues = Record<
  | 'profile'
  | 'action'
  | 'directoryEntryId'
  | 'institution'
  | 'contactPerson'
  | 'contactPhone'
  | 'contactEmail'
  | 'situation'
  | 'assistance'
  | 'sentOn'
  | 'followUpOn',
  string
> & { consentToRefer: boolean; consentToShare: boolean };

const textFields = [
  'profile',
  'action',
  'directoryEntryId',
  'institution',
  'contactPerson',
  'contactPhone',
  'contactEmail',
  'situation',
  'assistance',
  'sentOn',
  'followUpOn',
] as const;

/** The posted form: its values as typed, the API input (empty texts as null) and the date sent. */
export function readReferralForm(form: FormData) {
  const texts = Object.fromEntries(
    textFields.map((name) => [name, String(form.get(name) ?? '').trim()]),
  ) as Record<(typeof textFields)[number], string>;
  const values: ReferralFormValues = {
    ...texts,
    consentToRefer: form.get('consentToRefer') === 'yes',
    consentToShare: form.get('consentToShare') === 'yes',
  };
  const orNull = (text: string) => text || null;
  const input = {
    profile: orNull(values.profile),
    action: orNull(values.action),
    directoryEntryId: orNull(values.directoryEntryId),
    // A directory entry names the institution; a typed name only counts without one.
    institution: values.directoryEntryId ? null : orNull(values.institution),
    contactPerson: orNull(values.contactPerson),
    contactPhone: orNull(values.contactPhone),
    contactEmail: orNull(values.contactEmail),
    situation: orNull(values.situation),
    assistance: orNull(values.assistance),
    consentToRefer: values.consentToRefer,
    consentToShare: values.consentToShare,
    followUpOn: orNull(values.followUpOn),
  };
  return { values, input, sentOn: values.sentOn || null };
}

/** The form's starting values: empty, or a suggestion from the case's A.11 answers. */
export function blankReferralForm(from?: {
  action: string;
  institution: string;
  directoryEntryId: string | null;
  profile: string | null;
}): ReferralFormValues {
  return {
    profile: from?.profile ?? '',
    action: from?.action ?? '',
    directoryEntryId: from?.directoryEntryId ?? '',
    institution: from && !from.directoryEntryId ? from.institution : '',
    contactPerson: '',
    contactPhone: '',
    contactEmail: '',
    situation: '',
    assistance: '',
    sentOn: '',
    followUpOn: '',
    consentToRefer: false,
    consentToShare: false,
  };
}
