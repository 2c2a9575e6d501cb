import type { Localized } from '../i18n.ts';
import type { ProfileCode } from '../attention/annex1.ts';

/**
 * A referral's life, from the attention route's last step ("refer, then follow up until a
 * resolution", 000:L800-L813) and the MRC handbook's case management (004: refer, monitor, close
 * with an outcome; consent before referring or sharing data, §7.4).
 */
export type ReferralState = 'planned' | 'sent' | 'received' | 'attended' | 'closed';
export const referralStates: readonly ReferralState[] = [
  'planned',
  'sent',
  'received',
  'attended',
  'closed',
];

/** How a closed referral ended. */
export type ReferralOutcome = 'resolved' | 'partly' | 'not_resolved' | 'declined' | 'lost_contact';
export const referralOutcomes: readonly ReferralOutcome[] = [
  'resolved',
  'partly',
  'not_resolved',
  'declined',
  'lost_contact',
];

/** Days from "sent" to the follow-up when none is set (the MCA check-in rhythm, 000:L2429ff). */
export const FOLLOW_UP_DAYS = 8;

export const referralStateLabels: Readonly<Record<ReferralState, Localized>> = {
  planned: { es: 'Planificada', en: 'Planned' },
  sent: { es: 'Enviada', en: 'Sent' },
  received: { es: 'Recibida', en: 'Received' },
  attended: { es: 'Atendida', en: 'Attended' },
  closed: { es: 'Cerrada', en: 'Closed' },
};

export const referralOutcomeLabels: Readonly<Record<ReferralOutcome, Localized>> = {
  resolved: { es: 'Resuelta', en: 'Resolved' },
  partly: { es: 'Resuelta en parte', en: 'Partly resolved' },
  not_resolved: { es: 'No resuelta', en: 'Not resolved' },
  declined: { es: 'La persona no aceptó', en: 'The person declined' },
  lost_contact: { es: 'Se perdió el contacto', en: 'Contact lost' },
};

/** Annex 1 section 5's rows: the profile a referral answers, when one was concluded. */
export type ReferralProfile = ProfileCode;

/** What a state change needs to be allowed. */
export type Transition = {
  from: ReferralState;
  to: ReferralState;
  consentToRefer: boolean;
  consentToShare: boolean;
  outcome: ReferralOutcome | null;
};

export type TransitionIssue = {
  field: 'state' | 'consentToRefer' | 'consentToShare' | 'outcome';
  text: Localized;
};

/**
 * Why a state change is refused (empty when allowed). A referral moves forward, and may skip
 * steps (a call can confirm it was attended without a "received"); it may close from any open
 * state (the person can decline before it is sent), and a closed one stays closed.
 */
export function transitionIssues(change: Transition): TransitionIssue[] {
  const issues: TransitionIssue[] = [];
  const from = referralStates.indexOf(change.from);
  const to = referralStates.indexOf(change.to);
  if (change.from === 'closed' || to <= from)
    issues.push({
      field: 'state',
      text: {
        es: `Una referencia ${referralStateLabels[change.from].es.toLowerCase()} no puede pasar a ${referralStateLabels[change.to].es.toLowerCase()}.`,
        en: `A referral that is ${referralStateLabels[change.from].en.toLowerCase()} cannot become ${referralStateLabels[change.to].en.toLowerCase()}.`,
      },
    });
  const sending = change.to !== 'closed' && to >= referralStates.indexOf('sent');
  if (sending && !change.consentToRefer)
    issues.push({
      field: 'consentToRefer',
      text: {
        es: 'Antes de enviar la referencia, registre que la persona aceptó ser referida.',
        en: 'Before sending the referral, record that the person agreed to be referred.',
      },
    });
  if (sending && !change.consentToShare)
    issues.push({
      field: 'consentToShare',
      text: {
        es: 'Antes de enviar la referencia, registre que la persona aceptó que se compartan sus datos.',
        en: 'Before sending the referral, record that the person agreed to share their data.',
      },
    });
  if (change.to === 'closed' && !change.outcome)
    issues.push({
      field: 'outcome',
      text: {
        es: 'Para cerrar la referencia, indique cómo terminó.',
        en: 'To close the referral, say how it ended.',
      },
    });
  return issues;
}

/**
 * The open states a referral in `state` may move on to, in order: forward only, skipping steps
 * allowed (a call can confirm it was attended without a "received"); none once closed. Closing
 * is always allowed from an open state and is not listed.
 */
export function nextOpenStates(state: ReferralState): ReferralState[] {
  if (state === 'closed') return [];
  const from = referralStates.indexOf(state);
  return referralStates.filter((s, i) => s !== 'closed' && i > from);
}

/** The follow-up date of a referral sent on `sentOn` (YYYY-MM-DD), unless one was set. */
export function followUpDue({ sentOn, set }: { sentOn: string; set?: string | null }): string {
  if (set) return set;
  const date = new Date(`${sentOn}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + FOLLOW_UP_DAYS);
  return date.toISOString().slice(0, 10);
}

/** Whether a referral's follow-up is due on `today` (or overdue): open and the date reached. */
export function isFollowUpDue({
  state,
  due,
  today,
}: {
  state: ReferralState;
  due: string | null;
  today: string;
}): boolean {
  return state !== 'closed' && due !== null && due <= today;
}
