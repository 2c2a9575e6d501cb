import { findOption, type OptionList } from '@ventanilla/domain/form/options/option';
import type { Lang } from '@ventanilla/domain/i18n';
import type { Translate } from '@ventanilla/ui';
import { readableDay } from '#lib/dates.ts';
import type { MessageKey } from '#lib/i18n.ts';

export type Row = Record<string, unknown>;

/** What a cell may use besides its row. */
export type CellContext = {
  lang: Lang;
  tr: Translate<MessageKey>;
  /** The hub's name for its code (codes of hubs the user does not reach stay codes). */
  hubName: (code: unknown) => string;
};

/** One column of a record list: its header and what a row shows in it. */
export type ListColumn = {
  header: MessageKey;
  cell: (row: Row, context: CellContext) => string;
};

/** An option's label in the reader's language (the code when the list does not have it). */
export const optionLabel = (list: OptionList, code: unknown, lang: Lang) =>
  typeof code === 'string' ? (findOption({ list, code })?.[lang] ?? code) : '';

/** The first columns of both lists: date, hub (by name) and officer. */
export const registrationColumns: ListColumn[] = [
  { header: 'list.date', cell: (row, { lang }) => readableDay(stringOrNull(row.date), lang) },
  { header: 'list.hub', cell: (row, { hubName }) => hubName(row.hub) },
  { header: 'list.officer', cell: (row) => String(row.officer_id ?? '') },
];

const stringOrNull = (value: unknown) => (typeof value === 'string' && value ? value : null);
