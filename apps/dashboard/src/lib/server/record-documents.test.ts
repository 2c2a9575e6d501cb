import { Kind, type DocumentNode } from 'graphql';
import { describe, expect, it, vi } from 'vitest';

// The full country list loads i18n-iso-countries' JSON, which the app keeps external to Vite;
// the fields' names are all this test reads, so a small stand-in list is enough.
vi.mock('@ventanilla/domain/form/options/country', async () => {
  const { defineOptionList } = await import('@ventanilla/domain/form/options/option');
  const options = [{ code: 'VEN', en: 'Venezuela', es: 'Venezuela' }];
  return {
    pinnedCountryCodes: ['VEN'],
    countryList: defineOptionList({ name: 'country', options }),
    nationalityList: defineOptionList({ name: 'nationality', options }),
    nationalityExtraOptions: [],
    isCountryCode: ({ code }: { code: string }) => code === 'VEN',
  };
});
import { listFormFields, type RecordKind } from '../record/form-values.ts';
import { ActivityFields, CaseFields } from './record-documents.ts';

const fragments: Record<RecordKind, DocumentNode> = { case: CaseFields, activity: ActivityFields };

/**
 * What a fragment selects besides the form's fields: the id and what the API derives (the lists
 * and exports show them; export-columns.ts names the same ones).
 */
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

  it('selects each field once, and the derived ones too', () => {
    expect(new Set(selected).size).toBe(selected.length);
    expect(derived[kind].filter((name) => !selected.includes(name))).toEqual([]);
  });
});
