import { GraphQLError } from 'graphql';
import type { StoredViolation } from '../db/schema/index.ts';
import { builder } from '../builder.ts';
import { toIssue } from '../records/write.ts';
import { monthPattern } from './hubs.ts';
import { importBatchPattern, listSorts } from '../records/list.ts';

export const RecordFilter = builder.inputType('RecordListFilter', {
  description: 'Which records to list; hubs outside the caller’s reach are ignored.',
  fields: (t) => ({
    hubCodes: t.stringList(),
    month: t.string({ description: 'YYYY-MM' }),
    from: t.string({ description: 'YYYY-MM, inclusive' }),
    to: t.string({ description: 'YYYY-MM, inclusive' }),
    validationStatus: t.string({ description: 'approved, not_approved, on_hold or none' }),
    search: t.string({
      description:
        'Words found in the officer ID, place or texts (cases: name, places, referral organizations; activities: places, summary, needs, follow-up)',
    }),
    sort: t.string({ description: 'date_desc (default), date_asc, updated_desc or updated_asc' }),
    importBatch: t.string({
      description:
        'The `batch` of an import report (POST /imports): only the records that import inserted or updated',
    }),
  }),
});

export type FilterInput = typeof RecordFilter.$inferInput;

/** Checks list arguments and clamps paging. */
export function readListArgs(args: {
  filter?: FilterInput | null;
  limit?: number | null;
  offset?: number | null;
}) {
  const filter = args.filter ?? {};
  for (const key of ['month', 'from', 'to'] as const) {
    const value = filter[key];
    if (value && !monthPattern.test(value))
      throw new GraphQLError(`${key} must be YYYY-MM`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (filter.sort && !listSorts.includes(filter.sort as never))
    throw new GraphQLError(`sort must be one of ${listSorts.join(', ')}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  if (filter.importBatch && !importBatchPattern.test(filter.importBatch))
    throw new GraphQLError('importBatch must be the batch of an import report', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  if (filter.search && filter.search.length > 200)
    throw new GraphQLError('search is too long', { extensions: { code: 'BAD_USER_INPUT' } });
  return {
    filter,
    limit: Math.min(Math.max(args.limit ?? 50, 1), 200),
    offset: Math.max(args.offset ?? 0, 0),
  };
}

export function storedIssues(warnings: StoredViolation[], lang: 'es' | 'en') {
  return warnings.map((w) =>
    toIssue({ ...w, slot: (w.slot as 1 | 2 | 3 | undefined) ?? undefined } as never, lang),
  );
}
