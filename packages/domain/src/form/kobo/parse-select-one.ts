import type { FieldDef } from '../fields.ts';
import { isHubCode } from '../options/hub.ts';
import type { Option } from '../options/option.ts';
import { findCountryCode } from './find-country.ts';
import { readCellText, type KoboCell, type ParsedCell } from './kobo-cell.ts';
import { isNotApplicable } from './not-applicable.ts';
import { findOptionByLabel, findOptionCode } from './option-labels.ts';

/** §7.4 yes/no variants beyond the codes and labels. */
const yesNoVariants: Record<string, 'yes' | 'no'> = {
  si: 'yes',
  sí: 'yes',
  '1': 'yes',
  '1.0': 'yes',
  true: 'yes',
  '0': 'no',
  '0.0': 'no',
  false: 'no',
};

/**
 * §7.4 select_one: the code in any case, or the English or Spanish label after normalization;
 * for country fields also alpha-3 in any case, alpha-2, or the ISO name in English or Spanish;
 * for yes/no also `Sí`/`Si`, `1`/`0` and `true`/`false`. A "not applicable" token is empty.
 * `hubOptions` (the registry rows) lets hub names be read; without it only hub codes and the
 * `other` row are known.
 */
export function parseSelectOneCell({
  field,
  cell,
  hubOptions,
}: {
  field: FieldDef;
  cell: KoboCell;
  hubOptions?: readonly Option[];
}): ParsedCell<string | null> {
  const text = readCellText({ cell }).normalize('NFC').replace(/\s+/gu, ' ');
  if (text === '' || isNotApplicable({ text })) return { ok: true, value: null };
  const list = field.list;
  if (!list) return { ok: false, shown: text };
  const lower = text.toLowerCase();
  let code: string | undefined;
  if (list === 'country' || list === 'nationality') {
    code = findCountryCode({ value: text });
    if (!code && list === 'nationality')
      code =
        findOptionCode({ list, value: lower === 'stateless' || lower === 'other' ? lower : '' }) ??
        findOptionByLabel({ list, label: text });
  } else if (list === 'hub') {
    code =
      lower === 'other' || isHubCode({ code: lower })
        ? lower
        : (findOptionByLabel({
            list,
            label: text,
            ...(hubOptions ? { options: hubOptions } : {}),
          }) ?? findOptionByLabel({ list, label: text }));
  } else {
    code =
      findOptionCode({ list, value: text }) ??
      findOptionByLabel({ list, label: text }) ??
      (list === 'yes_no' ? yesNoVariants[lower] : undefined);
  }
  return code === undefined ? { ok: false, shown: text } : { ok: true, value: code };
}
