import type { RecordKind } from './form-values.ts';

/** The page that shows a stored record: the case or activity form opened on it. */
export function recordHref({ kind, id }: { kind: RecordKind; id: string }): string {
  return `${kind === 'case' ? '/record' : '/record/activity'}?id=${encodeURIComponent(id)}`;
}
