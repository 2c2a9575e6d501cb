import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { iterateActivities, iterateCases } from '@ventanilla/demo';
import type { ActivityRecord, CaseRecord } from '@ventanilla/domain';
import {
  activities,
  activityTopics,
  buildActivityRows,
  buildCaseRows,
  caseObservations,
  caseProfiles,
  caseServices,
  cases,
  caseVulnerabilityTypes,
} from '@ventanilla/api/testing';

/** A table's column list and a CSV line writer for rows keyed by drizzle property names; columns
 * left to their database default (timestamps, the random record key) are not written. */
function csvTable(table: PgTable, skip: string[] = ['createdAt', 'updatedAt', 'recordKey']) {
  const cols = Object.entries(getTableColumns(table)).filter(([key]) => !skip.includes(key));
  const names = cols.map(([, c]) => c.name);
  const cell = (value: unknown, type: string): string => {
    if (value === undefined || value === null) {
      if (type === 'array') return '{}';
      return '';
    }
    if (Array.isArray(value)) {
      if (type === 'array') return `"{${value.map((v) => String(v)).join(',')}}"`;
      return `"${JSON.stringify(value).replaceAll('"', '""')}"`;
    }
    if (typeof value === 'object') return `"${JSON.stringify(value).replaceAll('"', '""')}"`;
    const s = String(value);
    return /[",\n\r]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return {
    columns: names,
    line: (row: Record<string, unknown>) =>
      cols
        .map(([key, c]) => cell(row[key], c.dataType === 'array' ? 'array' : c.dataType))
        .join(',') + '\n',
  };
}

export type CopySink = (
  table: string,
  columns: string[],
  lines: AsyncIterable<string>,
) => Promise<void>;

/** Streams demo cases and activities (with child rows) into `sink` as CSV (COPY). */
export async function loadDemoRecords({
  sink,
  cases: caseCount,
  months,
  endMonth,
  hubCountry,
  seed = 2026,
  activityCount,
}: {
  sink: CopySink;
  cases: number;
  months: number;
  endMonth: string;
  hubCountry: Map<string, string>;
  seed?: number;
  activityCount: number;
}) {
  const options = { seed, cases: caseCount, months, endMonth, activities: activityCount };
  const caseCsv = csvTable(cases);
  const childCsv = {
    services: csvTable(caseServices),
    types: csvTable(caseVulnerabilityTypes),
    profiles: csvTable(caseProfiles),
    observations: csvTable(caseObservations),
  };
  // Child rows wait in temporary files (not memory: ten million cases have tens of millions of
  // them) until their cases are in, then follow with COPY of their own.
  const dir = await mkdtemp(join(tmpdir(), 'vt-bench-load-'));
  const spill = (name: string) => {
    const path = join(dir, `${name}.csv`);
    const out = createWriteStream(path);
    let chunk = '';
    return {
      push: async (line: string) => {
        chunk += line;
        if (chunk.length > 1 << 20) {
          if (!out.write(chunk)) await once(out, 'drain');
          chunk = '';
        }
      },
      /** Ends the file and streams it back. */
      lines: async function* () {
        out.end(chunk);
        await once(out, 'finish');
        yield* createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
      },
    };
  };
  const buffers = {
    services: spill('services'),
    types: spill('types'),
    profiles: spill('profiles'),
    observations: spill('observations'),
  };
  const stripMeta = (item: Record<string, unknown>) => {
    const { _meta, ...record } = item as { _meta: { _validation_status: string } };
    return {
      record,
      status: _meta._validation_status === 'none' ? null : _meta._validation_status,
    };
  };
  async function* caseLines() {
    let chunk = '';
    for (const item of iterateCases(options)) {
      const { record, status } = stripMeta(item as unknown as Record<string, unknown>);
      const r = record as unknown as CaseRecord;
      const built = buildCaseRows({
        record: r,
        hubCountry: hubCountry.get(String(r.hub)) ?? null,
        warnings: [],
        provenance: { validationStatus: status, sourceUuidsSeen: [] },
      });
      const id = randomUUID();
      chunk += caseCsv.line({ ...built.row, id } as Record<string, unknown>);
      for (const s of built.services)
        await buffers.services.push(childCsv.services.line({ ...s, caseId: id }));
      for (const s of built.vulnerabilityTypes)
        await buffers.types.push(childCsv.types.line({ ...s, caseId: id }));
      for (const s of built.profiles)
        await buffers.profiles.push(childCsv.profiles.line({ ...s, caseId: id }));
      for (const s of built.observations)
        await buffers.observations.push(childCsv.observations.line({ ...s, caseId: id }));
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await sink('cases', caseCsv.columns, caseLines());
  await sink('case_services', childCsv.services.columns, buffers.services.lines());
  await sink('case_vulnerability_types', childCsv.types.columns, buffers.types.lines());
  await sink('case_profiles', childCsv.profiles.columns, buffers.profiles.lines());
  await sink('case_observations', childCsv.observations.columns, buffers.observations.lines());

  const actCsv = csvTable(activities);
  const topicCsv = csvTable(activityTopics);
  const topics = spill('topics');
  async function* activityLines() {
    let chunk = '';
    for (const item of iterateActivities(options)) {
      const { record, status } = stripMeta(item as unknown as Record<string, unknown>);
      const r = record as unknown as ActivityRecord;
      const built = buildActivityRows({
        record: r,
        hubCountry: hubCountry.get(String(r.hub)) ?? null,
        warnings: [],
        provenance: { validationStatus: status, sourceUuidsSeen: [] },
      });
      const id = randomUUID();
      chunk += actCsv.line({ ...built.row, id } as Record<string, unknown>);
      for (const t of built.topics) await topics.push(topicCsv.line({ ...t, activityId: id }));
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await sink('activities', actCsv.columns, activityLines());
  await sink('activity_topics', topicCsv.columns, topics.lines());
  await rm(dir, { recursive: true, force: true });
}
