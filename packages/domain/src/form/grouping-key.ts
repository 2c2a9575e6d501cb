/**
 * The grouping key of free text (§3.3, §8.1): casefolded, accents stripped, whitespace
 * collapsed. Used to group admin areas and referral organizations; display keeps the original.
 */
export function toGroupingKey({ text }: { text: string }): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    .replace(/\s+/gu, ' ')
    .trim();
}
