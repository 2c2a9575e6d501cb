import type { Localized } from '../i18n.ts';
import { countDays } from './calendar.ts';

/**
 * The letter of commitment an MCA signs with the hub (Annex 5, 000:L2807-L2844; a letter of
 * intent "for a period agreed by the parties" in L2535-L2579): for a set period or indefinite,
 * renewable. A renewal is a new letter; the latest one signed is the one in force.
 */
export type CommitmentLetter = { signedOn: string; until: string | null };

/** Days before the end of a letter from which the hub is warned to renew it. */
export const LETTER_WARNING_DAYS = 30;

/** `none`: no letter yet; `expiring`: ends within 30 days; `expired`: its end date has passed. */
export type CommitmentState = 'none' | 'indefinite' | 'active' | 'expiring' | 'expired';
export const commitmentStateLabels: Readonly<Record<CommitmentState, Localized>> = {
  none: { es: 'Sin carta de compromiso', en: 'No commitment letter' },
  indefinite: { es: 'Carta por tiempo indefinido', en: 'Open-ended letter' },
  active: { es: 'Carta vigente', en: 'Letter in force' },
  expiring: { es: 'La carta vence pronto', en: 'Letter ends soon' },
  expired: { es: 'Carta vencida', en: 'Letter ended' },
};

export type CommitmentStatus = {
  state: CommitmentState;
  /** The letter in force (the latest signed), if any. */
  letter: CommitmentLetter | null;
  /** Days from today to its end (negative once ended); null when indefinite or none. */
  daysLeft: number | null;
};

/** The letter in force among `letters` on `today` and whether it needs renewing. */
export function assessCommitment({
  letters,
  today,
}: {
  letters: readonly CommitmentLetter[];
  today: string;
}): CommitmentStatus {
  const signed = letters.filter((l) => l.signedOn <= today);
  const letter = signed.reduce<CommitmentLetter | null>(
    (latest, l) => (!latest || l.signedOn >= latest.signedOn ? l : latest),
    null,
  );
  if (!letter) return { state: 'none', letter: null, daysLeft: null };
  if (!letter.until) return { state: 'indefinite', letter, daysLeft: null };
  const daysLeft = countDays({ from: today, to: letter.until });
  const state = daysLeft < 0 ? 'expired' : daysLeft <= LETTER_WARNING_DAYS ? 'expiring' : 'active';
  return { state, letter, daysLeft };
}
