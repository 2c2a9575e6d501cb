import { MCA_ACTION_MAX_MINUTES } from '@ventanilla/domain/mca/index';
import { isCalendarDate } from '../schema/input/dates.ts';

export type InputIssue = { field: string; en: string; es: string };

/** What the hub writes about an MCA (the roster row, without its hub). */
export type McaDetails = {
  name: string;
  phone?: string | null;
  address?: string | null;
  workplace?: string | null;
  referenceName?: string | null;
  referencePhone?: string | null;
  community?: string | null;
  joinedOn: string;
  leftOn?: string | null;
};

/** The stored roster fields an edit may change (also the audit's list of changed fields). */
export const mcaDetailFields = [
  'name',
  'phone',
  'address',
  'workplace',
  'referenceName',
  'referencePhone',
  'community',
  'joinedOn',
  'leftOn',
] as const satisfies readonly (keyof McaDetails)[];

/** The roster's contact data: what retention clears once an MCA left long enough ago. */
export const mcaContactFields = [
  'phone',
  'address',
  'workplace',
  'referenceName',
  'referencePhone',
] as const;

const detailMax = {
  name: 150,
  phone: 60,
  address: 300,
  workplace: 200,
  referenceName: 150,
  referencePhone: 60,
  community: 150,
} as const;

export const dateMessage = {
  en: 'Write a real date as YYYY-MM-DD.',
  es: 'Escriba una fecha real como AAAA-MM-DD.',
} as const;

const tooLong = (field: string, max: number): InputIssue => ({
  field,
  en: `Use at most ${max} characters.`,
  es: `Use como máximo ${max} caracteres.`,
});

/** Trimmed text, or null when empty. */
export const textOrNull = (value: string | null | undefined): string | null =>
  value?.trim() || null;

/** Problems with `fields` that hold free text longer than allowed. */
function lengthIssues(
  values: Record<string, string | null | undefined>,
  max: Record<string, number>,
) {
  return Object.entries(max)
    .filter(([field, limit]) => (values[field]?.trim().length ?? 0) > limit)
    .map(([field, limit]) => tooLong(field, limit));
}

/** The problems of an MCA's roster row, each naming its field, in both languages. */
export function mcaIssues(input: McaDetails): InputIssue[] {
  const issues = lengthIssues(input, detailMax);
  if (!input.name?.trim())
    issues.push({
      field: 'name',
      en: 'Write the advisor’s name.',
      es: 'Escriba el nombre de la persona asesora.',
    });
  if (!isCalendarDate(input.joinedOn)) issues.push({ field: 'joinedOn', ...dateMessage });
  if (input.leftOn && !isCalendarDate(input.leftOn))
    issues.push({ field: 'leftOn', ...dateMessage });
  else if (input.leftOn && isCalendarDate(input.joinedOn) && input.leftOn < input.joinedOn)
    issues.push({
      field: 'leftOn',
      en: 'The date the advisor left cannot come before the date they joined.',
      es: 'La fecha de salida no puede ser anterior a la de ingreso.',
    });
  return issues;
}

/** The problems of a check-in's date and note. */
export function checkInIssues(input: { on: string; note?: string | null }): InputIssue[] {
  const issues = lengthIssues({ note: input.note }, { note: 500 });
  if (!isCalendarDate(input.on)) issues.push({ field: 'on', ...dateMessage });
  return issues;
}

/** The problems of a commitment letter: a real signing date, and an end after it. */
export function letterIssues(input: { signedOn: string; until?: string | null }): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!isCalendarDate(input.signedOn)) issues.push({ field: 'signedOn', ...dateMessage });
  if (input.until && !isCalendarDate(input.until)) issues.push({ field: 'until', ...dateMessage });
  else if (input.until && input.until <= input.signedOn)
    issues.push({
      field: 'until',
      en: 'The letter must end after the day it is signed (leave it empty for an open-ended letter).',
      es: 'La carta debe terminar después del día en que se firma (déjela vacía si es por tiempo indefinido).',
    });
  return issues;
}

export type McaActionDetails = {
  on: string;
  place: string;
  situation?: string | null;
  intervention?: string | null;
  minutes?: number | null;
  followUp?: string | null;
};

/** The problems of an MCA action as Annex 5's chart lists it. */
export function actionIssues(input: McaActionDetails): InputIssue[] {
  const issues = lengthIssues(input as unknown as Record<string, string | null>, {
    place: 200,
    situation: 1000,
    intervention: 1000,
    followUp: 500,
  });
  if (!isCalendarDate(input.on)) issues.push({ field: 'on', ...dateMessage });
  if (!input.place?.trim())
    issues.push({
      field: 'place',
      en: 'Write where it happened (a market, a school, a neighbourhood…).',
      es: 'Escriba dónde ocurrió (un mercado, una escuela, un barrio…).',
    });
  if (
    input.minutes !== null &&
    input.minutes !== undefined &&
    (!Number.isInteger(input.minutes) ||
      input.minutes < 1 ||
      input.minutes > MCA_ACTION_MAX_MINUTES)
  )
    issues.push({
      field: 'minutes',
      en: `Write the time used in whole minutes, from 1 to ${MCA_ACTION_MAX_MINUTES}.`,
      es: `Escriba el tiempo usado en minutos enteros, de 1 a ${MCA_ACTION_MAX_MINUTES}.`,
    });
  return issues;
}
