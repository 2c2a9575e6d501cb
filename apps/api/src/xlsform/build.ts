import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { asc } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import {
  formFields,
  formGroups,
  formMetadataRows,
  formOptionLists,
  formSettings,
  formatXlsformType,
  hubOtherOption,
  xlsformLanguages,
  type FieldDef,
  type Lang,
  type Localized,
  type Option,
} from '@ventanilla/domain';
import type { Executor } from '../db/client.ts';
import { hubs } from '../db/schema/index.ts';

const langs: Lang[] = ['es', 'en'];
const localizedColumns = (name: string) =>
  langs.map((lang) => `${name}::${xlsformLanguages[lang]}`);

/** Survey sheet columns, in order (FORM.md §2.1). */
export const surveyColumns = [
  'type',
  'name',
  ...localizedColumns('label'),
  ...localizedColumns('hint'),
  'required',
  ...localizedColumns('required_message'),
  'relevant',
  'constraint',
  ...localizedColumns('constraint_message'),
  'appearance',
  'choice_filter',
] as const;

type SurveyRow = Partial<Record<(typeof surveyColumns)[number], string>>;

function localized(name: string, value: Localized | undefined): SurveyRow {
  if (!value) return {};
  const row: Record<string, string> = {};
  for (const lang of langs) row[`${name}::${xlsformLanguages[lang]}`] = value[lang];
  return row as SurveyRow;
}

function fieldRow(field: FieldDef): SurveyRow {
  return {
    type: formatXlsformType({ field }),
    name: field.name,
    ...localized('label', field.label),
    ...localized('hint', field.hint),
    ...(field.requiredWhenRelevant ? { required: 'yes' } : {}),
    ...localized('required_message', field.required_message),
    ...(field.relevant ? { relevant: field.relevant } : {}),
    ...(field.constraint ? { constraint: field.constraint } : {}),
    ...localized('constraint_message', field.constraint_message),
    ...(field.appearance ? { appearance: field.appearance } : {}),
    ...(field.choice_filter ? { choice_filter: field.choice_filter } : {}),
  };
}

/** The survey rows: metadata rows first, then each group with its fields (notes included). */
export function buildSurveyRows(): SurveyRow[] {
  const rows: SurveyRow[] = formMetadataRows.map((name) => ({ type: name, name }));
  for (const group of formGroups) {
    rows.push({
      type: 'begin_group',
      name: group.name,
      ...localized('label', group.label),
      ...(group.relevant ? { relevant: group.relevant } : {}),
    });
    for (const field of formFields.filter((f) => f.group === group.name))
      rows.push(fieldRow(field));
    rows.push({ type: 'end_group', name: group.name });
  }
  return rows;
}

export type HubChoice = { code: string; name: string; country: string; active: boolean };

/** The choices rows: every form list, the hub list from the registry plus `other`. */
export function buildChoiceRows({ registry }: { registry: readonly HubChoice[] }): {
  columns: string[];
  rows: Record<string, string | number | null>[];
} {
  const extra = new Set<string>();
  const rows: Record<string, string | number | null>[] = [];
  const push = (listName: string, option: Option) => {
    const row: Record<string, string | number | null> = {
      list_name: listName,
      name: option.code,
      [`label::${xlsformLanguages.es}`]: option.es,
      [`label::${xlsformLanguages.en}`]: option.en,
    };
    for (const [key, value] of Object.entries(option)) {
      if (key === 'code' || key === 'en' || key === 'es') continue;
      extra.add(key);
      row[key] = value;
    }
    rows.push(row);
  };
  for (const [listName, list] of Object.entries(formOptionLists)) {
    if (listName === 'hub') {
      for (const hub of registry)
        push('hub', {
          code: hub.code,
          en: hub.name,
          es: hub.name,
          country: hub.country,
          active: hub.active ? 'yes' : 'no',
        });
      push('hub', hubOtherOption);
      continue;
    }
    for (const option of list.options) push(listName, option);
  }
  return {
    columns: ['list_name', 'name', ...localizedColumns('label'), ...[...extra].sort()],
    rows,
  };
}

/** The hub registry, in code order. */
export async function loadHubChoices(db: Executor): Promise<HubChoice[]> {
  return db
    .select({ code: hubs.code, name: hubs.name, country: hubs.country, active: hubs.active })
    .from(hubs)
    .orderBy(asc(hubs.code));
}

/** Writes the Hubs Form as an XLSForm (survey, choices, settings) to a file or stream. */
export async function writeXlsform({
  registry,
  out,
}: {
  registry: readonly HubChoice[];
  out: string | Writable;
}): Promise<void> {
  const stream = typeof out === 'string' ? createWriteStream(out) : out;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const survey = workbook.addWorksheet('survey');
  survey.columns = surveyColumns.map((key) => ({ header: key, key }));
  for (const row of buildSurveyRows()) survey.addRow(row).commit();
  survey.commit();

  const choices = buildChoiceRows({ registry });
  const sheet = workbook.addWorksheet('choices');
  sheet.columns = choices.columns.map((key) => ({ header: key, key }));
  for (const row of choices.rows) sheet.addRow(row).commit();
  sheet.commit();

  const settings = workbook.addWorksheet('settings');
  settings.columns = ['form_id', 'form_title', 'default_language', 'version'].map((key) => ({
    header: key,
    key,
  }));
  settings
    .addRow({
      form_id: formSettings.form_id,
      form_title: formSettings.form_title.es,
      default_language: formSettings.default_language,
      version: formSettings.version,
    })
    .commit();
  settings.commit();
  await workbook.commit();
}
