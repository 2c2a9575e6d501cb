import type { FieldDef } from '../fields.ts';
import { optionRanks } from '../normalize.ts';
import { readCellText, type KoboCell } from './kobo-cell.ts';
import { normalizeLabel } from './normalize-label.ts';
import { isNotApplicable } from './not-applicable.ts';
import { findOptionByLabel, findOptionCode, listOptionLabels } from './option-labels.ts';

/** A select_multiple single column read: the codes found and the parts that matched nothing. */
export type SelectMultipleRead = { codes: string[]; unresolved: string[] };

/** Codes without repeats, in option-list order (§2.1). */
export function sortCodes({
  field,
  codes,
}: {
  field: FieldDef;
  codes: Iterable<string>;
}): string[] {
  const rank = field.list ? optionRanks(field.list) : new Map<string, number>();
  const at = (code: string) => rank.get(code) ?? -1;
  return [...new Set(codes)].sort((a, b) => at(a) - at(b));
}

/** Greedy §7.4 matching: repeatedly take the longest label that prefixes the remaining text. */
function matchLabelsGreedily(field: FieldDef, text: string): SelectMultipleRead {
  if (!field.list) return { codes: [], unresolved: [text] };
  const labels = listOptionLabels({ list: field.list });
  const codes: string[] = [];
  let rest = normalizeLabel({ text });
  while (rest !== '') {
    const match = labels.find(
      ({ key }) => rest.startsWith(key) && (rest.length === key.length || rest[key.length] === ' '),
    );
    if (!match) return { codes, unresolved: [rest] };
    codes.push(match.code);
    rest = rest.slice(match.key.length).trim();
  }
  return { codes, unresolved: [] };
}

/**
 * §7.4 select_multiple in a single column: whitespace-separated codes; otherwise (label exports)
 * labels separated by `;`, `,` or `|`, or, with no separator, labels matched greedily (longest
 * label first). Labels that contain a separator themselves are found by the greedy pass when the
 * split leaves parts unresolved. A "not applicable" token is empty.
 */
export function parseSelectMultipleCell({
  field,
  cell,
}: {
  field: FieldDef;
  cell: KoboCell;
}): SelectMultipleRead {
  const text = readCellText({ cell }).normalize('NFC');
  if (text === '' || isNotApplicable({ text }) || !field.list) return { codes: [], unresolved: [] };
  const list = field.list;
  const tokens = text.split(/\s+/u).filter((token) => token !== '');
  const tokenCodes = tokens.map((value) => findOptionCode({ list, value }));
  if (tokenCodes.every((code) => code !== undefined))
    return { codes: sortCodes({ field, codes: tokenCodes as string[] }), unresolved: [] };
  if (/[;,|]/u.test(text)) {
    const parts = text
      .split(/[;,|]/u)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const codes: string[] = [];
    const unresolved: string[] = [];
    for (const part of parts) {
      const code =
        findOptionCode({ list, value: part }) ?? findOptionByLabel({ list, label: part });
      if (code === undefined) unresolved.push(part);
      else codes.push(code);
    }
    if (unresolved.length === 0) return { codes: sortCodes({ field, codes }), unresolved };
    const greedy = matchLabelsGreedily(field, text);
    if (greedy.unresolved.length === 0)
      return { codes: sortCodes({ field, codes: greedy.codes }), unresolved: [] };
    return { codes: sortCodes({ field, codes }), unresolved };
  }
  const greedy = matchLabelsGreedily(field, text);
  return { codes: sortCodes({ field, codes: greedy.codes }), unresolved: greedy.unresolved };
}

const selected = new Set(['1', '1.0', 'true', 'yes', 'sí', 'si']);
const notSelected = new Set(['0', '0.0', 'false', 'no', '']);

/**
 * §7.4 0/1 columns: `1`, `1.0`, `true`, `yes`, `sí`, `si` are selected; `0`, `0.0`, `false`, `no`
 * or empty are not; anything else is invalid (undefined).
 */
export function parseChoiceFlagCell({ cell }: { cell: KoboCell }): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  // The usual cells of a 0/1 column, without the normalization below.
  if (cell === '0' || cell === '' || cell === null || cell === undefined) return false;
  if (cell === '1') return true;
  const text = readCellText({ cell }).normalize('NFC').toLowerCase();
  if (selected.has(text)) return true;
  if (notSelected.has(text)) return false;
  return undefined;
}
