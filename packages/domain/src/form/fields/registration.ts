import { extraMessages } from '../rules/catalog.ts';
import type { FieldDef } from './field-def.ts';
import { message, otherText, withDefaults, type Spec } from './spec.ts';

const registrationSpecs: Spec[] = [
  {
    name: 'record_type',
    type: 'select_one',
    list: 'record_type',
    required: true,
    label: { en: 'What are you recording?', es: '¿Qué va a registrar?' },
  },
  {
    name: 'date',
    type: 'date',
    required: true,
    label: { en: 'Date of the attention or activity', es: 'Fecha de la atención o actividad' },
    hint: {
      en: 'The day the attention or activity took place, not the day you enter it.',
      es: 'El día en que se realizó la atención o la actividad, no el día en que la registra.',
    },
    constraint: ". <= today() and . >= date('2015-01-01')",
    constraint_message: extraMessages.dateRange,
  },
  {
    name: 'hub',
    type: 'select_one',
    list: 'hub',
    required: true,
    label: { en: 'Hub', es: 'Ventanilla' },
    appearance: 'minimal autocomplete',
    choice_filter: "active = 'yes'",
  },
  otherText({
    name: 'hub_other',
    type: 'text',
    maxLength: 150,
    label: { en: 'Name and town of the new hub', es: 'Nombre y localidad de la nueva ventanilla' },
    relevant: "${hub} = 'other'",
  }),
  {
    name: 'hub_type',
    type: 'select_one',
    list: 'hub_type',
    required: true,
    label: { en: 'Type of hub', es: 'Tipo de ventanilla' },
  },
  {
    name: 'officer_id',
    type: 'text',
    maxLength: 32,
    required: true,
    label: {
      en: 'Your ID (issued by IOM)',
      es: 'Su código de identificación (asignado por la OIM)',
    },
    hint: { en: 'Use the same ID every time.', es: 'Use siempre el mismo código.' },
    constraint: "regex(., '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$')",
    constraint_message: message('R9'),
  },
];

/** The `registration` group rows (§2.2, §2.3), in form order. */
export const registrationFields: readonly FieldDef[] = registrationSpecs.map((spec) =>
  withDefaults('registration', spec),
);
