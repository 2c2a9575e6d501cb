import { actionList, referralActionPrefix } from '@ventanilla/domain/form/options/action';
import { annex1Profiles } from '@ventanilla/domain/attention/annex1';
import { dateTimeFormat } from '@ventanilla/domain/date-format';
import { isCalendarDate } from '../schema/input/dates.ts';

/** What an officer writes about a referral (everything but its state). */
export type ReferralDetails = {
  action?: string | null;
  profile?: string | null;
  directoryEntryId?: string | null;
  institution?: string | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  situation?: string | null;
  assistance?: string | null;
  consentToRefer: boolean;
  consentToShare: boolean;
  followUpOn?: string | null;
};

export type InputIssue = { field: string; en: string; es: string };

const referralActions = new Set<string>(
  actionList.options.map((o) => o.code).filter((c) => c.startsWith(referralActionPrefix)),
);
const profiles = new Set<string>(annex1Profiles.map((p) => p.code));

/** Longest accepted text of each free-text field (a directory contact line is 300). */
const maxLength = {
  institution: 200,
  contactPerson: 150,
  contactPhone: 60,
  contactEmail: 200,
  situation: 1000,
  assistance: 1000,
} as const;

/** The problems of a referral's details, each naming its field, in both languages. */
export function detailIssues(input: ReferralDetails): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const [field, max] of Object.entries(maxLength)) {
    const text = input[field as keyof typeof maxLength]?.trim() ?? '';
    if (text.length > max)
      issues.push({
        field,
        en: `Use at most ${max} characters.`,
        es: `Use como máximo ${max} caracteres.`,
      });
  }
  if (!input.institution?.trim() && !input.directoryEntryId)
    issues.push({
      field: 'institution',
      en: 'Choose an institution from the directory or type its name.',
      es: 'Elija una institución del directorio o escriba su nombre.',
    });
  if (input.action && !referralActions.has(input.action))
    issues.push({
      field: 'action',
      en: 'Choose one of the referral actions of question A.11.',
      es: 'Elija una de las acciones de referencia de la pregunta A.11.',
    });
  if (input.profile && !profiles.has(input.profile))
    issues.push({
      field: 'profile',
      en: 'Choose one of the four profiles of the identification guide.',
      es: 'Elija uno de los cuatro perfiles de la guía de identificación.',
    });
  const email = input.contactEmail?.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    issues.push({
      field: 'contactEmail',
      en: 'Write an e-mail address such as name@institution.org.',
      es: 'Escriba un correo como nombre@institucion.org.',
    });
  if (input.followUpOn && !isCalendarDate(input.followUpOn))
    issues.push({ field: 'followUpOn', ...dateMessage });
  return issues;
}

/**
 * A referral's step happens on or after the attention it comes from, and its close on or after
 * its sending (a date before either would also make the follow-up overdue at once).
 *
 * One day before the case is let through: a case may be dated by the UTC day (FORM.md R7 allows
 * up to `today_utc`) or a device's zone east of the deployment's, while steps are dated by the
 * deployment's zone (`todayIn`), which can still be on the day before; refusing that left an
 * officer unable to send a referral of that evening's case until midnight.
 */
export function moveDateIssues({
  on,
  caseDate,
  sentOn,
}: {
  on: string;
  caseDate: string | null;
  sentOn: string | null;
}): InputIssue[] {
  if (caseDate && on < dayBefore(caseDate)) {
    const day = inWords(caseDate);
    return [
      {
        field: 'on',
        en: `Use a date on or after the day of the case this referral belongs to (${day.en}).`,
        es: `Use una fecha igual o posterior al día del caso al que pertenece esta referencia (${day.es}).`,
      },
    ];
  }
  if (sentOn && on < sentOn) {
    const day = inWords(sentOn);
    return [
      {
        field: 'on',
        en: `Use a date on or after the referral was sent (${day.en}).`,
        es: `Use una fecha igual o posterior al envío de la referencia (${day.es}).`,
      },
    ];
  }
  return [];
}

/** The calendar day before `date` (YYYY-MM-DD). */
function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A calendar date as people read it in each language ("5 de marzo de 2024", "March 5, 2024"). */
function inWords(date: string) {
  const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
  const at = new Date(`${date}T00:00:00Z`);
  return {
    es: dateTimeFormat('es', options).format(at),
    en: dateTimeFormat('en', options).format(at),
  };
}

export const dateMessage = {
  en: 'Write a real date as YYYY-MM-DD.',
  es: 'Escriba una fecha real como AAAA-MM-DD.',
} as const;

/** Trimmed text, or null when empty. */
export const textOrNull = (value: string | null | undefined): string | null =>
  value?.trim() || null;
