import type { Localized } from '../../i18n.ts';
import type { FormListName } from '../options/index.ts';
import type { RuleId } from '../rules/catalog.ts';

export type FieldGroup = 'registration' | 'case' | 'activity';
export type FieldType = 'select_one' | 'select_multiple' | 'text' | 'integer' | 'date' | 'note';
export type Slot = 1 | 2 | 3;

/**
 * One row of the Hubs Form (FORM.md §2.2, §3.1, §4.1), as data: enough to write the XLSForm
 * `survey` sheet, render the web forms and map import columns.
 */
export type FieldDef = {
  name: string;
  type: FieldType;
  /** XLSForm `list_name` for select fields. */
  list?: FormListName;
  group: FieldGroup;
  /** Required whatever the other answers are (the "required: yes" column; rule R1). */
  required: boolean;
  /** XLSForm `required = yes`: required, or required whenever `relevant` holds. */
  requiredWhenRelevant: boolean;
  /** XLSForm `required_message`, in both languages. */
  required_message?: Localized;
  /** Maximum length of a text field, in Unicode characters (R4). */
  maxLength?: number;
  label: Localized;
  hint?: Localized;
  /** XLSForm `relevant` expression. */
  relevant?: string;
  /** XLSForm `constraint` expression. */
  constraint?: string;
  constraint_message?: Localized;
  /** A percentage that takes only these values (R40): web forms offer them as a list. */
  allowedPercentages?: readonly number[];
  appearance?: string;
  choice_filter?: string;
  /** False for form-only rows (a12/a13_another_service and note_*), which are never stored. */
  stored: boolean;
  /** Service slot number for the slot fields. */
  slot?: Slot;
  /** For warning notes (`note_r<nn>`): the rule they render. */
  rule?: RuleId;
};

export type GroupDef = { name: FieldGroup; label: Localized; relevant?: string };
