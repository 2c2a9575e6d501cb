import { normalizeLabel } from './normalize-label.ts';

/** §7.4 "not applicable" tokens, after normalization. */
export const notApplicableTokens: readonly string[] = [
  'not applicable',
  'na',
  'n a',
  'no aplica',
  'no aplicable',
];

/** True when a value reads as "not applicable" (§7.4): it is then read as empty. */
export function isNotApplicable({ text }: { text: string }): boolean {
  return notApplicableTokens.includes(normalizeLabel({ text }));
}
