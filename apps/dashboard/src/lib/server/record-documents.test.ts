import { Kind, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { listFormFields, type RecordKind } from '../record/form-values.ts';
import { listExportKeys } from './export-columns.ts';
import { ActivityFields, CaseFields } from './record-documents.ts';

const fragments: Record<RecordKind, DocumentNode> = { case: CaseFields, activity: ActivityFields };

/** What a fragment selects besides the form's fields: the id and what the API derives. */
const derived: Record<RecordKind, string[]> = {
  case: ['id', 'month', 'attentionRoute', 'referred'],
  activity: ['id', 'month', 'estPeople', 'estWomen', 'estMinors'],
};

/** The field names a fragment document selects at its top level. */
function listSelectedFields(document: DocumentNode): string[] {
  const [fragment] = document.definitions;
  if (fragment?.kind !== Kind.FRAGMENT_DEFINITION) throw new Error('not a fragment');
  return fragment.selectionSet.selections.map((selection) => {
    if (selection.kind !== Kind.FIELD) throw new Error('only fields are expected');
    return selection.name.value;
  });
}

describe.each(['case', 'activity'] as const)('the %s fragment', (kind) => {
  const selected = listSelectedFields(fragments[kind]);

  it('selects every stored field of the form, and nothing the form lacks', () => {
    // record_type is implied by the kind; the API has no such field.
    const formFields = listFormFields(kind)
      .map((f) => f.name)
      .filter((name) => name !== 'record_type');
    const fromForm = selected.filter((name) => !derived[kind].includes(name));
    expect([...fromForm].sort()).toEqual([...formFields].sort());
  });

  it('selects each field once, and every column the export reads', () => {
    expect(new Set(selected).size).toBe(selected.length);
    expect(listExportKeys(kind).filter((key) => !selected.includes(key))).toEqual([]);
  });
});
