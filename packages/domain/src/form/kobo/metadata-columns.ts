/** The keys of a row's provenance data (§7.3), in camelCase. */
export type KoboMetaKey =
  | 'uuid'
  | 'rootUuid'
  | 'deprecatedId'
  | 'sourceId'
  | 'submittedAt'
  | 'validationStatus'
  | 'index'
  | 'formStartedAt'
  | 'formEndedAt'
  | 'deviceDate'
  | 'deviceId'
  | 'sourceFormId'
  | 'sourceFormVersion';

/** §7.3: the KoBo metadata columns the importer reads, and where each one goes. */
export const koboMetadataColumns = {
  _uuid: 'uuid',
  'meta/rootUuid': 'rootUuid',
  'meta/deprecatedID': 'deprecatedId',
  _id: 'sourceId',
  _submission_time: 'submittedAt',
  _validation_status: 'validationStatus',
  _index: 'index',
  start: 'formStartedAt',
  end: 'formEndedAt',
  today: 'deviceDate',
  deviceid: 'deviceId',
  _xform_id_string: 'sourceFormId',
  __version__: 'sourceFormVersion',
} as const satisfies Record<string, KoboMetaKey>;

export type KoboMetadataColumn = keyof typeof koboMetadataColumns;

const byLowerName = new Map<string, KoboMetadataColumn>(
  (Object.keys(koboMetadataColumns) as KoboMetadataColumn[]).map((name) => [
    name.toLowerCase(),
    name,
  ]),
);

/**
 * The §7.3 column a trimmed header names, case-insensitively, or undefined. `meta.rootUuid` and
 * `meta:rootUuid` are accepted too, for exports made with another group separator (§7.2).
 */
export function findMetadataColumn({ header }: { header: string }): KoboMetadataColumn | undefined {
  const lower = header.trim().toLowerCase();
  return byLowerName.get(lower) ?? byLowerName.get(lower.replace(/^meta[.:]/u, 'meta/'));
}
