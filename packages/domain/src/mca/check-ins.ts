import type { Localized } from '../i18n.ts';
import { addDays, countDays } from './calendar.ts';

/**
 * The hub checks in with each Community Migration Advisor every 8 to 10 days (Annex 5,
 * 000:L2885-L2889): an MCA is due for a check-in 8 days after the last one (or after joining, when
 * there is none yet) and overdue once more than 10 days have passed.
 */
export const CHECK_IN_DUE_DAYS = 8;
export const CHECK_IN_OVERDUE_DAYS = 10;

/** How a check-in happened. */
export type CheckInChannel = 'in_person' | 'phone' | 'message';
export const checkInChannels: readonly CheckInChannel[] = ['in_person', 'phone', 'message'];
export const checkInChannelLabels: Readonly<Record<CheckInChannel, Localized>> = {
  in_person: { es: 'En persona', en: 'In person' },
  phone: { es: 'Por teléfono', en: 'By phone' },
  message: { es: 'Por mensaje', en: 'By message' },
};

/** `ok`: seen recently; `due`: 8–10 days; `overdue`: more than 10; `left`: no longer an MCA. */
export type CheckInState = 'ok' | 'due' | 'overdue' | 'left';
export const checkInStates: readonly CheckInState[] = ['ok', 'due', 'overdue', 'left'];
export const checkInStateLabels: Readonly<Record<CheckInState, Localized>> = {
  ok: { es: 'Al día', en: 'Up to date' },
  due: { es: 'Toca contactar', en: 'Check-in due' },
  overdue: { es: 'Contacto atrasado', en: 'Check-in overdue' },
  left: { es: 'Ya no participa', en: 'No longer active' },
};

export type CheckInStatus = {
  state: CheckInState;
  /** The last check-in, or the joining date when there was none yet. */
  since: string;
  /** Whole days from `since` to today. */
  days: number;
  /** The day the next check-in becomes due. */
  dueOn: string;
  /** The last day before the check-in is overdue. */
  lateAfter: string;
};

/**
 * Where an MCA stands on `today` (all YYYY-MM-DD). A check-in dated before joining (a paper
 * note typed later) still counts from the joining date.
 */
export function assessCheckIn({
  joinedOn,
  lastCheckInOn,
  leftOn,
  today,
}: {
  joinedOn: string;
  lastCheckInOn: string | null;
  leftOn: string | null;
  today: string;
}): CheckInStatus {
  const since = lastCheckInOn && lastCheckInOn > joinedOn ? lastCheckInOn : joinedOn;
  const days = countDays({ from: since, to: today });
  const dueOn = addDays({ date: since, days: CHECK_IN_DUE_DAYS });
  const lateAfter = addDays({ date: since, days: CHECK_IN_OVERDUE_DAYS });
  const state: CheckInState =
    leftOn !== null && leftOn <= today
      ? 'left'
      : days > CHECK_IN_OVERDUE_DAYS
        ? 'overdue'
        : days >= CHECK_IN_DUE_DAYS
          ? 'due'
          : 'ok';
  return { state, since, days, dueOn, lateAfter };
}
