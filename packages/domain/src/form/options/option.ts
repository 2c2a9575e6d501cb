/**
 * One row of an XLSForm choices list: the code (choice `name`), the two labels and any extra
 * columns (FORM.md §5.0: extra columns are data that the XLSForm generator writes as columns).
 */
export type Option = {
  readonly code: string;
  readonly en: string;
  readonly es: string;
  readonly [column: string]: string | number | null;
};

/** A named option list (the XLSForm `list_name`) with its rows in display order. */
export type OptionList<O extends Option = Option> = {
  readonly name: string;
  readonly options: readonly O[];
};

/** Builds a list and keeps the literal types of its rows. */
export function defineOptionList<const O extends Option>({
  name,
  options,
}: {
  name: string;
  options: readonly O[];
}): OptionList<O> {
  return { name, options };
}

/** The codes of a list, in display order. */
export function listCodes<O extends Option>({ list }: { list: OptionList<O> }): O['code'][] {
  return list.options.map((option) => option.code);
}

/** The row of `code` in `list`, or undefined. */
export function findOption<O extends Option>({
  list,
  code,
}: {
  list: OptionList<O>;
  code: string | null | undefined;
}): O | undefined {
  if (code == null) return undefined;
  return list.options.find((option) => option.code === code);
}
