import { findOption, type OptionList } from '@ventanilla/domain/form/options/option';
import { formOptionLists } from '@ventanilla/domain/form/options/index';
import { attentionRouteList } from '@ventanilla/domain/form/options/attention-route';
import { yesNoList } from '@ventanilla/domain/form/options/yes-no';
import { dimensions } from '@ventanilla/domain/monitoring/dimensions';
import { measures } from '@ventanilla/domain/monitoring/measures';
import type { Lang } from '@ventanilla/domain/i18n';
import { exportT } from '../export/messages.ts';
import { listFormFields, type RecordKind } from '../record/form-values.ts';

/** One column of a record export: its key in the API row, its header and how a cell reads. */
export type ExportColumn = { key: string; header: string; cell: (value: unknown) => unknown };

/** Fields whose options are hubs: the hub's name reads better than its code. */
const hubFields = new Set(['hub']);

/** The form fields of an export (FORM.md order), without `record_type` (the file says it). */
function exportFields(kind: RecordKind) {
  return listFormFields(kind).filter((f) => f.name !== 'record_type');
}

/** The column keys of an export: id, month, the form fields, then the derived values. */
export function listExportKeys(kind: RecordKind): string[] {
  const fields = exportFields(kind).map((f) => f.name);
  return kind === 'case'
    ? ['id', 'month', ...fields, 'attentionRoute', 'referred']
    : ['id', 'month', ...fields, 'estPeople', 'estWomen', 'estMinors'];
}

const asCode = (value: unknown) => (Array.isArray(value) ? value.join(' ') : value);

/** A code as its label in `lang` (the code itself when the list does not know it). */
function optionLabel(list: OptionList, code: unknown, lang: Lang): unknown {
  if (typeof code !== 'string') return code;
  return findOption({ list, code })?.[lang] ?? code;
}

/**
 * The columns of a record export. With `codes`, headers are field names and cells codes, as
 * stored (for re-import and analysis); otherwise headers are the questions and cells the answers
 * in the reader's language, from the same definitions the forms use.
 */
export function describeExportColumns({
  kind,
  lang,
  codes,
  hubNames = new Map(),
}: {
  kind: RecordKind;
  lang: Lang;
  codes: boolean;
  hubNames?: ReadonlyMap<string, string>;
}): ExportColumn[] {
  if (codes) return listExportKeys(kind).map((key) => ({ key, header: key, cell: asCode }));
  const tr = exportT(lang);
  const round = (value: unknown) => (typeof value === 'number' ? Math.round(value) : value);
  const derived: Record<string, Omit<ExportColumn, 'key'>> = {
    id: { header: tr('export.id'), cell: (v) => v },
    month: { header: tr('export.month'), cell: (v) => v },
    // The form asks "your ID"; a list of many officers' records names whose it is.
    officer_id: { header: tr('export.officerId'), cell: (v) => v },
    attentionRoute: {
      header: dimensions.ATTENTION_ROUTE.label[lang],
      cell: (v) => optionLabel(attentionRouteList, v, lang),
    },
    referred: {
      header: tr('export.referred'),
      cell: (v) => (typeof v === 'boolean' ? optionLabel(yesNoList, v ? 'yes' : 'no', lang) : v),
    },
    estPeople: { header: measures.PEOPLE_REACHED_ESTIMATE.label[lang], cell: round },
    estWomen: { header: measures.WOMEN_REACHED_ESTIMATE.label[lang], cell: round },
    estMinors: { header: measures.MINORS_REACHED_ESTIMATE.label[lang], cell: round },
  };
  const fields = new Map(exportFields(kind).map((f) => [f.name, f]));
  return listExportKeys(kind).map((key) => {
    const known = derived[key];
    if (known) return { key, ...known };
    const field = fields.get(key)!;
    const list = field.list ? (formOptionLists[field.list] as OptionList) : null;
    const cell = hubFields.has(key)
      ? (v: unknown) => (typeof v === 'string' ? (hubNames.get(v) ?? v) : v)
      : list
        ? (v: unknown) =>
            Array.isArray(v)
              ? v.map((code) => optionLabel(list, code, lang)).join('; ')
              : optionLabel(list, v, lang)
        : (v: unknown) => v;
    return { key, header: field.label[lang], cell };
  });
}
