import type { KoboRowMeta } from '@ventanilla/domain';
import { rowToRecord, type RecordKind } from '../records/fields.ts';
import type { Stored } from './store-batch.ts';

/** §7.6: how an imported row finds the stored record it repeats or edits. */

/** Canonical content (§7.6): the form fields plus the normalized validation status. */
export function canonicalContent(
  kind: RecordKind,
  row: Record<string, unknown>,
  status: unknown,
): string {
  return JSON.stringify([rowToRecord(kind, row), status ?? 'none']);
}

/** The stored records of a batch by each §7.6 key (the first record wins, as `find` would). */
type StoredIndex = {
  bySeen: Map<string, Stored>;
  byRoot: Map<string, Stored>;
  byId: Map<string, Stored>;
};

export function indexStored(stored: readonly Stored[]): StoredIndex {
  const index: StoredIndex = { bySeen: new Map(), byRoot: new Map(), byId: new Map() };
  const add = (map: Map<string, Stored>, key: string | null, s: Stored) => {
    if (key && !map.has(key)) map.set(key, s);
  };
  for (const s of stored) {
    for (const uuid of s.row.sourceUuidsSeen) add(index.bySeen, uuid, s);
    add(index.byRoot, s.row.sourceRootUuid, s);
    if (s.row.sourceId && s.row.sourceFormId)
      add(index.byId, `${s.row.sourceId}\u0000${s.row.sourceFormId}`, s);
  }
  return index;
}

/** §7.6: the stored record a row edits or repeats, by the first key that applies. */
export function matchRow(
  meta: KoboRowMeta,
  index: StoredIndex,
): { stored: Stored; by: 'uuid' | 'edit' } | null {
  const { uuid, rootUuid, deprecatedId, sourceId, sourceFormId } = meta;
  const byUuid = uuid ? index.bySeen.get(uuid) : undefined;
  if (byUuid) return { stored: byUuid, by: 'uuid' };
  const byRoot = rootUuid ? index.byRoot.get(rootUuid) : undefined;
  if (byRoot) return { stored: byRoot, by: 'edit' };
  const byPrevious = deprecatedId ? index.bySeen.get(deprecatedId) : undefined;
  if (byPrevious) return { stored: byPrevious, by: 'edit' };
  const byId =
    sourceId && sourceFormId ? index.byId.get(`${sourceId}\u0000${sourceFormId}`) : undefined;
  if (byId) return { stored: byId, by: 'edit' };
  return null;
}

/** Keys a row may match by, to keep two rows about the same record out of one batch. */
export function rowKeys(meta: KoboRowMeta): string[] {
  return [
    meta.uuid && `u:${meta.uuid}`,
    meta.deprecatedId && `u:${meta.deprecatedId}`,
    meta.rootUuid && `r:${meta.rootUuid}`,
    meta.sourceId && meta.sourceFormId && `i:${meta.sourceId}:${meta.sourceFormId}`,
  ].filter((k): k is string => !!k);
}
