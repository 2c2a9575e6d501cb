import type { Localized } from '../i18n.ts';
import { directorySectorList } from '../attention/directory.ts';

/**
 * The destination sector of a referral, for monitoring (issue 16 item 8): the sector of the
 * directory entry it was sent to, or `typed` when the institution was typed by hand (no entry,
 * or the entry was deleted since).
 */
export const TYPED_SECTOR = 'typed';

const typedLabel: Localized = {
  es: 'Institución escrita a mano (fuera del directorio)',
  en: 'Institution typed by hand (not in the directory)',
};

/** Every sector code a referral figure can carry, in display order. */
export const referralSectorCodes: readonly string[] = [
  ...directorySectorList.options.map((o) => o.code),
  TYPED_SECTOR,
];

/** The label of a referral's destination sector (the code itself when unknown). */
export function labelReferralSector({ code, lang }: { code: string; lang: 'es' | 'en' }): string {
  if (code === TYPED_SECTOR) return typedLabel[lang];
  return directorySectorList.options.find((o) => o.code === code)?.[lang] ?? code;
}
