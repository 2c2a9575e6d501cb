import {
  checkInChannels,
  mcaInterventionTypes,
  type CheckInChannel,
  type McaInterventionType,
} from '@ventanilla/domain/mca/index';

/** The roster fields as the add/edit form holds them (strings, empty when blank). */
export type McaFormValues = {
  name: string;
  phone: string;
  address: string;
  workplace: string;
  referenceName: string;
  referencePhone: string;
  community: string;
  joinedOn: string;
  leftOn: string;
};

export const blankMcaForm = (today: string): McaFormValues => ({
  name: '',
  phone: '',
  address: '',
  workplace: '',
  referenceName: '',
  referencePhone: '',
  community: '',
  joinedOn: today,
  leftOn: '',
});

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The roster row posted by the form, and the API input it makes (blank text is null). */
export function readMcaForm(form: FormData) {
  const values: McaFormValues = {
    name: text(form, 'name'),
    phone: text(form, 'phone'),
    address: text(form, 'address'),
    workplace: text(form, 'workplace'),
    referenceName: text(form, 'referenceName'),
    referencePhone: text(form, 'referencePhone'),
    community: text(form, 'community'),
    joinedOn: text(form, 'joinedOn'),
    leftOn: text(form, 'leftOn'),
  };
  const input = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, v === '' ? null : v]),
  ) as Record<keyof McaFormValues, string | null>;
  return {
    values,
    input: { ...input, name: values.name, joinedOn: values.joinedOn },
    letter: { signedOn: text(form, 'letterSignedOn'), until: text(form, 'letterUntil') || null },
  };
}

export const isChannel = (value: string): value is CheckInChannel =>
  (checkInChannels as readonly string[]).includes(value);
export const isInterventionType = (value: string): value is McaInterventionType =>
  (mcaInterventionTypes as readonly string[]).includes(value);

/** An action as posted: the API input, or null for a type the form does not offer. */
export function readActionForm(form: FormData) {
  const type = text(form, 'type');
  const minutes = text(form, 'minutes');
  if (!isInterventionType(type)) return null;
  return {
    on: text(form, 'on'),
    place: text(form, 'place'),
    situation: text(form, 'situation') || null,
    intervention: text(form, 'intervention') || null,
    minutes: minutes === '' ? null : Number(minutes),
    type,
    followUp: text(form, 'followUp') || null,
  };
}
