import {
  dimensionCodes,
  dimensions,
  measureCodes,
  measures,
  type DimensionCode,
  type MeasureCode,
} from '@ventanilla/domain/monitoring/index';
import { builder } from '../builder.ts';
import { canDo, scopeHubCodes } from '../auth/access.ts';
import type { AnalyticsFilter } from '../analytics/compile.ts';
import { runDisaggregation, type DisaggregationResult } from '../analytics/disaggregate.ts';
import { analyticsInputError, revealForbidden } from '../analytics/messages.ts';
import type { Context } from '../context.ts';
import { figureField } from '../disclosure/fields.ts';
import { exactFor, protectionOf } from '../disclosure/protection.ts';
import { HubTypeEnum } from './enums.ts';
import { monthPattern } from './hubs.ts';
import { isMonthInRange, monthRange } from './input/dates.ts';

const MeasureEnum = builder.enumType('Measure', {
  values: Object.fromEntries(
    measureCodes.map((code) => [code, { value: code, description: measures[code].label.en }]),
  ) as unknown as Record<MeasureCode, { value: MeasureCode }>,
});

const DimensionEnum = builder.enumType('Dimension', {
  values: Object.fromEntries(
    dimensionCodes.map((code) => [
      code,
      {
        value: code,
        description: `${dimensions[code].label.en} (${dimensions[code].kinds.join(', ')}${
          dimensions[code].multiValued ? '; multi-valued' : ''
        })`,
      },
    ]),
  ) as unknown as Record<DimensionCode, { value: DimensionCode }>,
});

export const RecordFilter = builder.inputType('RecordFilter', {
  fields: (t) => ({
    from: t.string({ description: 'First month, YYYY-MM, inclusive' }),
    to: t.string({ description: 'Last month, YYYY-MM, inclusive' }),
    hubCodes: t.stringList(),
    countries: t.stringList({ description: "ISO 3166-1 alpha-3 of the hub's country" }),
    hubType: t.field({ type: HubTypeEnum }),
  }),
});

const DisaggregationInput = builder.inputType('DisaggregationInput', {
  fields: (t) => ({
    measure: t.field({ type: MeasureEnum, required: true }),
    filter: t.field({ type: RecordFilter }),
    by: t.field({ type: [DimensionEnum], required: true }),
    revealReason: t.string({
      description:
        'Reviewers only: why the exact figures are needed (10–500 characters); written to the audit log.',
    }),
  }),
});

type CellShape = DisaggregationResult['cells'][number];

const Cell = builder.objectRef<CellShape>('Cell').implement({
  fields: (t) => ({
    keys: t.exposeStringList('keys', {
      description:
        'FORM.md codes (ISO3 for countries, hub codes for HUB, YYYY-MM for MONTH), in the order of `by`',
    }),
    value: t.int({
      nullable: true,
      ...figureField<CellShape>(
        (c) => c.figure,
        'The published value: exact, or perturbed when `protected` (never null).',
      ),
    }),
    suppressed: t.boolean({
      deprecationReason: 'Since 2026-12 figures are perturbed, never suppressed: always false.',
      resolve: () => false,
    }),
  }),
});

export const Disaggregation = builder.objectRef<DisaggregationResult>('Disaggregation').implement({
  fields: (t) => ({
    total: t.int(
      figureField<DisaggregationResult>(
        (d) => d.total,
        'The measure over the whole filtered set, protected as a cell of its own: it need not equal the sum of the published cells.',
      ),
    ),
    protected: t.boolean({
      description:
        'True when the values are perturbed (a role without clearance that gave no revealReason).',
      resolve: (d) => !d.protection.exact,
    }),
    threshold: t.int({
      nullable: true,
      description: 'k of the protection (no published value lies in 1..k−1); null when exact.',
      resolve: (d) => (d.protection.exact ? null : d.protection.params.k),
    }),
    suppressedCells: t.int({
      deprecationReason: 'Since 2026-12 figures are perturbed, never suppressed: always 0.',
      resolve: () => 0,
    }),
    cells: t.field({ type: [Cell], resolve: (d) => d.cells }),
  }),
});

/** A `RecordFilter` as the caller gave it. */
export type RecordFilterInput = {
  from?: string | null;
  to?: string | null;
  hubCodes?: string[] | null;
  countries?: string[] | null;
  hubType?: 'permanent' | 'mobile' | null;
};

type Input = {
  measure: MeasureCode;
  by: DimensionCode[];
  revealReason?: string | null;
  filter?: RecordFilterInput | null;
};

/** Checks the input and narrows the hubs to the caller's reach (other hubs yield nothing). */
function readFilter(ctx: Context, input: Input): AnalyticsFilter {
  const { lang } = ctx;
  const kind = measures[input.measure].kind;
  const seen = new Set<DimensionCode>();
  for (const dim of input.by) {
    if (!dimensions[dim].kinds.includes(kind))
      throw analyticsInputError(lang, 'notApplicable', dim, 'by');
    if (seen.has(dim)) throw analyticsInputError(lang, 'duplicateDimension', dim, 'by');
    seen.add(dim);
  }
  if (input.by.length > 3) throw analyticsInputError(lang, 'tooManyDimensions', '', 'by');
  return readRecordFilter(ctx, input.filter);
}

/**
 * Checks a `RecordFilter` (months, countries) and narrows its hubs to the caller's reach of
 * aggregates (other hubs yield nothing).
 */
export function readRecordFilter(
  ctx: Context,
  filter: RecordFilterInput | null | undefined,
): AnalyticsFilter {
  const { lang } = ctx;
  const f = filter ?? {};
  for (const field of ['from', 'to'] as const) {
    const month = f[field];
    if (month != null && !monthPattern.test(month))
      throw analyticsInputError(lang, 'badMonth', month, `filter.${field}`);
    // Bounded so a period is a short list of months (the SQL lists them one by one).
    if (month != null && !isMonthInRange(month))
      throw analyticsInputError(
        lang,
        'monthOutOfRange',
        `${monthRange.first} – ${monthRange.last}`,
        `filter.${field}`,
      );
  }
  if (f.from && f.to && f.from > f.to) throw analyticsInputError(lang, 'badRange', '', 'filter');
  for (const c of f.countries ?? [])
    if (!/^[A-Z]{3}$/.test(c)) throw analyticsInputError(lang, 'badCountry', c, 'filter.countries');
  const scoped = scopeHubCodes(ctx.user!, 'aggregate.read', f.hubCodes?.length ? f.hubCodes : null);
  return {
    from: f.from ?? null,
    to: f.to ?? null,
    hubCodes: scoped === 'all' ? null : [...new Set(scoped)],
    countries: f.countries?.length ? [...new Set(f.countries)] : null,
    hubType: f.hubType ?? null,
  };
}

/** One `disaggregation`: checks, scope, protection, the SQL, the reveal audit. */
async function resolveDisaggregation(ctx: Context, input: Input): Promise<DisaggregationResult> {
  const user = ctx.user!;
  const filter = readFilter(ctx, input);
  let reveal = false;
  if (input.revealReason != null) {
    if (!canDo(user.role, 'aggregate.reveal')) throw revealForbidden(ctx.lang);
    const reason = input.revealReason.trim();
    if (reason.length < 10 || reason.length > 500)
      throw analyticsInputError(ctx.lang, 'badReason', '', 'revealReason');
    reveal = true;
  }
  const protection = reveal ? exactFor('reveal') : protectionOf(ctx);
  const result = await runDisaggregation({
    db: ctx.db,
    measure: input.measure,
    by: input.by,
    filter,
    protection,
  });
  if (reveal)
    await ctx.audit({
      action: 'reveal',
      entity: 'disaggregation',
      detail: {
        reason: input.revealReason!.trim(),
        query: { measure: input.measure, by: input.by, filter },
      },
    });
  return result;
}

builder.queryField('disaggregation', (t) =>
  t.field({
    type: Disaggregation,
    description:
      'A measure split by up to 3 dimensions, computed in SQL on every call. Records marked not_approved are left out; cells published as 0 are left out. For roles without personal-data clearance (reviewers) every figure is perturbed by the cell key method (the same records always give the same value; none in 1..k−1), unless revealReason is given (audited). A dimension that does not apply to the measure gives a BAD_USER_INPUT error.',
    authScopes: { permission: 'aggregate.read' },
    args: { input: t.arg({ type: DisaggregationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await resolveDisaggregation(ctx, input as Input);
      await auditProtectedQueries(ctx, [input as Input]);
      return result;
    },
  }),
);

/**
 * Every table a caller without clearance asks for is counted in the audit log (one entry per
 * request, with the queries), so an admin sees unusual volumes: averaging many perturbed
 * queries is the attack the cell key method leaves open (docs/data-protection.md).
 */
async function auditProtectedQueries(ctx: Context, inputs: Input[]): Promise<void> {
  if (protectionOf(ctx).exact) return;
  await ctx.audit({
    action: 'aggregate.query',
    entity: 'disaggregation',
    detail: {
      count: inputs.length,
      queries: inputs.map((i) => ({ measure: i.measure, by: i.by, filter: i.filter ?? null })),
    },
  });
}

/** The most inputs one `disaggregations` call takes (a whole analytics page is about 35). */
export const maxBatchInputs = 50;

builder.queryField('disaggregations', (t) =>
  t.field({
    type: [Disaggregation],
    description: `Several \`disaggregation\` calls in one request (at most ${maxBatchInputs}), answered in the order given and run concurrently: a dashboard page pays for one request, one session check and one GraphQL execution instead of one per chart. Each input behaves exactly as in \`disaggregation\`; any invalid input fails the whole call.`,
    authScopes: { permission: 'aggregate.read' },
    args: { inputs: t.arg({ type: [DisaggregationInput], required: true }) },
    resolve: async (_root, { inputs }, ctx) => {
      if (inputs.length > maxBatchInputs)
        throw analyticsInputError(ctx.lang, 'tooManyInputs', String(maxBatchInputs), 'inputs');
      // Check every input before running any query, so a bad one costs no SQL.
      for (const input of inputs) readFilter(ctx, input as Input);
      const results = await Promise.all(
        inputs.map((input) => resolveDisaggregation(ctx, input as Input)),
      );
      await auditProtectedQueries(ctx, inputs as Input[]);
      return results;
    },
  }),
);
