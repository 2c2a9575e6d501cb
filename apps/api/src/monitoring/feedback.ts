import { sql } from 'drizzle-orm';
import {
  feedbackQuestions,
  type FeedbackQuestionName,
} from '@ventanilla/domain/feedback/questionnaire';
import { recordFilterConditions, type AnalyticsFilter } from '../analytics/compile.ts';
import type { DisaggregationResult } from '../analytics/disaggregate.ts';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import type { Figure } from '../disclosure/figure.ts';
import type { Protection } from '../disclosure/protection.ts';
import { figureOfRow, tableOfRows } from './count-rows.ts';

/**
 * Client feedback results (issue 16 items 7 and 8): the anonymous answers of the filtered hubs'
 * months, counted per question and answer on the answers' record keys.
 */
export type FeedbackFiguresResult = {
  responses: Figure;
  questions: { question: FeedbackQuestionName; answers: DisaggregationResult }[];
};

const names = feedbackQuestions.map((q) => q.name);

type Row = Record<FeedbackQuestionName, string | null> & { g: number; v: number; ks: number };

/** grouping(...) of the set that keeps question `i` (every other column rolled up). */
const setOf = (i: number) => (2 ** names.length - 1) ^ (2 ** (names.length - 1 - i));

/**
 * One statement: the answers as records of the analytics filter (the hub's country and type from
 * hubs; answers have no validation status), counted by each question with GROUPING SETS.
 */
function compileFeedback(filter: AnalyticsFilter) {
  const where = sql.join(recordFilterConditions(filter), sql` and `);
  const columns = sql.raw(names.join(', '));
  const sets = sql.raw(names.map((n) => `(${n})`).join(', '));
  return sql`select ${columns}, grouping(${columns})::int as g,
    count(*)::float8 as v, coalesce(sum(record_key), 0)::float8 as ks
  from (
    select f.month, f.hub, h.country as hub_country, h.type as hub_type,
      null::text as validation_status, f.record_key, f.satisfaction::text as satisfaction,
      f.clear_information, f.respectful, f.waiting, f.recommend
    from feedback_responses f join hubs h on h.code = f.hub
  ) r
  where ${where}
  group by grouping sets (${sets}, ())`;
}

/** Runs the feedback figures of a filter. */
export async function runFeedbackFigures({
  db,
  filter,
  protection,
}: {
  db: Executor;
  filter: AnalyticsFilter;
  protection: Protection;
}): Promise<FeedbackFiguresResult> {
  const rows =
    filter.hubCodes && filter.hubCodes.length === 0
      ? []
      : await queryRows<Row>(db, compileFeedback(filter));
  const all = rows.find((r) => Number(r.g) === 2 ** names.length - 1);
  return {
    responses: figureOfRow(all, protection),
    questions: names.map((question, i) => ({
      question,
      answers: tableOfRows(
        rows.filter((r) => Number(r.g) === setOf(i)),
        (r) => r[question],
        protection,
      ),
    })),
  };
}
