import { builder } from '../builder.ts';
import type { AnalyticsFilter } from '../analytics/compile.ts';
import { figureField } from '../disclosure/fields.ts';
import type { Protection } from '../disclosure/protection.ts';
import { releaseRatio } from '../disclosure/ratio.ts';
import {
  runCasesByMca,
  type CaseSourceFiguresResult,
  type McaChannelledResult,
} from '../monitoring/case-sources.ts';
import type { CheckInFiguresResult } from '../monitoring/check-ins.ts';
import type { FeedbackFiguresResult } from '../monitoring/feedback.ts';
import type { VisitFiguresResult } from '../monitoring/visits.ts';
import { Disaggregation } from './analytics.ts';

/**
 * The object types of `monitoringFigures` (schema/monitoring-figures.ts): every count is a figure
 * (exact for hub staff, perturbed for reviewers and admins), every ratio is released by
 * disclosure/ratio.ts from published counts.
 */
export const VisitFigures = builder.objectRef<VisitFiguresResult>('VisitFigures').implement({
  description:
    'Unique people and repeat visits. A person is a person code of the hub, or an attention without a code (counted as a person of its own); attentions are the cases of the period, as FORM.md §8.1 counts them.',
  fields: (t) => ({
    attentions: t.int(
      figureField<VisitFiguresResult>((f) => f.attentions, 'Attentions (cases) of the period.'),
    ),
    uniquePeople: t.int(
      figureField<VisitFiguresResult>(
        (f) => f.uniquePeople,
        'Distinct person codes plus attentions without a code.',
      ),
    ),
    repeatPeople: t.int(
      figureField<VisitFiguresResult>(
        (f) => f.repeatPeople,
        'People (codes) with two or more attentions in the period.',
      ),
    ),
    visitsPerPerson: t.float({
      nullable: true,
      description:
        'Attentions per unique person; when protected, from the two published counts and only when uniquePeople is published at 2k − 1 or more (disclosure/ratio.ts).',
      resolve: (f) => releaseRatio({ numerator: f.attentions, denominator: f.uniquePeople }),
    }),
    byVisits: t.field({
      type: Disaggregation,
      description: 'People by their attentions in the period (keys: 1, 2, 3, 4+).',
      resolve: (f) => f.byVisits,
    }),
  }),
});

const McaChannelled = builder.objectRef<McaChannelledResult>('McaChannelled').implement({
  description: 'Cases one advisor channelled to the hub (hub staff only).',
  fields: (t) => ({
    mcaId: t.id({
      nullable: true,
      description: 'Null for an advisor no longer on the roster.',
      resolve: (m) => m.mcaId,
    }),
    name: t.string({ nullable: true, resolve: (m) => m.name }),
    cases: t.int(figureField<McaChannelledResult>((m) => m.cases)),
  }),
});

/** Case sources with what `byMca` needs to run on demand. */
export type CaseSourceParent = CaseSourceFiguresResult & {
  filter: AnalyticsFilter;
  protection: Protection;
  /** The caller reads the hubs' advisor roster (mca.read): hub staff. */
  rosterReader: boolean;
};

export const CaseSourceFigures = builder
  .objectRef<CaseSourceParent>('CaseSourceFigures')
  .implement({
    description: 'Where the people of the period’s cases came from.',
    fields: (t) => ({
      bySource: t.field({
        type: Disaggregation,
        description:
          'Cases by source (keys: own_initiative, mca, institution, outreach, phone, online, and not_recorded when the case says nothing).',
        resolve: (f) => f.bySource,
      }),
      channelledByMca: t.int(
        figureField<CaseSourceParent>(
          (f) => f.channelledByMca,
          'Cases channelled by a community migration advisor (the `mca` cell of bySource).',
        ),
      ),
      byMca: t.field({
        type: [McaChannelled],
        nullable: true,
        description:
          'Cases channelled by each advisor, exact: only for hub staff who read the roster (mca.read); null for everyone else.',
        resolve: (f, _args, ctx) =>
          f.rosterReader && f.protection.exact
            ? runCasesByMca({ db: ctx.db, filter: f.filter, protection: f.protection })
            : null,
      }),
    }),
  });

export const CheckInFigures = builder.objectRef<CheckInFiguresResult>('CheckInFigures').implement({
  description:
    'Check-in compliance of the hubs’ community migration advisors: of those active on `asOf`, the advisors with a check-in in the 10 days before it.',
  fields: (t) => ({
    asOf: t.exposeString('asOf', {
      description:
        'The day measured (YYYY-MM-DD): the last day of the period, or today while it runs.',
    }),
    activeMcas: t.int(
      figureField<CheckInFiguresResult>(
        (f) => f.activeMcas,
        'Advisors who had joined and not left on asOf.',
      ),
    ),
    seenMcas: t.int(
      figureField<CheckInFiguresResult>(
        (f) => f.seenMcas,
        'Active advisors with a check-in in the 10 days up to asOf.',
      ),
    ),
    seenShare: t.float({
      nullable: true,
      description:
        'seenMcas / activeMcas (0–1); when protected, from the two published counts and only when activeMcas is published at 2k − 1 or more.',
      resolve: (f) => releaseRatio({ numerator: f.seenMcas, denominator: f.activeMcas, atMost: 1 }),
    }),
  }),
});

type FeedbackQuestionParent = FeedbackFiguresResult['questions'][number];

const FeedbackQuestionFigures = builder
  .objectRef<FeedbackQuestionParent>('FeedbackQuestionFigures')
  .implement({
    fields: (t) => ({
      question: t.exposeString('question', {
        description: 'A question of packages/domain feedback/questionnaire.',
      }),
      answers: t.field({
        type: Disaggregation,
        description: 'Responses by answer code; the total counts those that answered it.',
        resolve: (q) => q.answers,
      }),
    }),
  });

export const FeedbackFigures = builder
  .objectRef<FeedbackFiguresResult>('FeedbackFigures')
  .implement({
    description: 'Client feedback of the filtered hubs’ months (anonymous answers).',
    fields: (t) => ({
      responses: t.int(
        figureField<FeedbackFiguresResult>((f) => f.responses, 'Questionnaires answered.'),
      ),
      questions: t.field({ type: [FeedbackQuestionFigures], resolve: (f) => f.questions }),
    }),
  });
