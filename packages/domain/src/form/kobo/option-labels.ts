import { formOptionLists, type FormListName } from '../options/index.ts';
import type { Option } from '../options/option.ts';
import { normalizeLabel } from './normalize-label.ts';

/** An option's normalized label and its code. */
export type OptionLabel = { key: string; code: string };

type LabelIndex = {
  codes: Map<string, string>;
  byLabel: Map<string, string>;
  /** Longest label first, for greedy matching (§7.4). */
  longestFirst: OptionLabel[];
};

function buildIndex(options: readonly Option[]): LabelIndex {
  const codes = new Map<string, string>();
  const byLabel = new Map<string, string>();
  for (const option of options) {
    codes.set(option.code.toLowerCase(), option.code);
    for (const text of [option.en, option.es]) {
      const key = normalizeLabel({ text });
      if (key !== '' && !byLabel.has(key)) byLabel.set(key, option.code);
    }
  }
  const longestFirst = [...byLabel]
    .map(([key, code]) => ({ key, code }))
    .sort((a, b) => b.key.length - a.key.length);
  return { codes, byLabel, longestFirst };
}

const indexes = new Map<FormListName, LabelIndex>();
const extraIndexes = new WeakMap<readonly Option[], LabelIndex>();

function indexOf(list: FormListName): LabelIndex {
  let index = indexes.get(list);
  if (!index) {
    index = buildIndex(formOptionLists[list].options);
    indexes.set(list, index);
  }
  return index;
}

function extraIndexOf(options: readonly Option[]): LabelIndex {
  let index = extraIndexes.get(options);
  if (!index) {
    index = buildIndex(options);
    extraIndexes.set(options, index);
  }
  return index;
}

/** The code of `list` equal to `value` in any case, or undefined. */
export function findOptionCode({
  list,
  value,
  options,
}: {
  list: FormListName;
  value: string;
  /** Rows to search instead of the static list (the hub registry). */
  options?: readonly Option[];
}): string | undefined {
  const index = options ? extraIndexOf(options) : indexOf(list);
  return index.codes.get(value.trim().toLowerCase());
}

/** The code of `list` whose English or Spanish label matches `label` after normalization (§7.4). */
export function findOptionByLabel({
  list,
  label,
  options,
}: {
  list: FormListName;
  label: string;
  options?: readonly Option[];
}): string | undefined {
  const index = options ? extraIndexOf(options) : indexOf(list);
  return index.byLabel.get(normalizeLabel({ text: label }));
}

/** The normalized labels of `list`, longest first (for greedy prefix matching, §7.4). */
export function listOptionLabels({ list }: { list: FormListName }): readonly OptionLabel[] {
  return indexOf(list).longestFirst;
}
