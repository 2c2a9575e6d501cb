import {
  getNamedType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.ts';

/**
 * Numeric fields reachable from the API that are not figures computed from records, each with
 * the reason. Anything else numeric must be declared with `figureField` (disclosure/fields.ts),
 * the one place that publishes figures under the caller's protection.
 */
const notFigures: Record<string, string> = {
  'Disaggregation.threshold': 'k of the protection, a setting',
  'Disaggregation.suppressedCells': 'deprecated, always 0',
  'CasePage.limit': 'paging: records are never readable by reviewers (record.read)',
  'CasePage.offset': 'paging',
  'CasePage.totalCount': 'records list: only roles with record.read, who see exact counts',
  'ActivityPage.limit': 'paging',
  'ActivityPage.offset': 'paging',
  'ActivityPage.totalCount': 'records list: only roles with record.read',
  'Case.servicesCount': 'a field of one record, readable only with record.read',
  'Activity.b2_scored_above_70': 'a field of one record, readable only with record.read',
  'Activity.b5_pct_female': 'a field of one record',
  'Activity.b7_pct_under_18': 'a field of one record',
  'Activity.estAvgAge': 'a field of one record',
  'Activity.estMinors': 'a field of one record',
  'Activity.estPassShare': 'a field of one record',
  'Activity.estPeople': 'a field of one record',
  'Activity.estWomen': 'a field of one record',
  'ReferralFigures.medianDaysToOutcome':
    'a median, not a count: released exact only when closedAfterSending guarantees k referrals (disclosure/statistic.ts)',
  'VisitFigures.visitsPerPerson':
    'a ratio of two published counts, released only when uniquePeople guarantees k people (disclosure/ratio.ts)',
  'CheckInFigures.seenShare':
    'a ratio of two published counts, released only when activeMcas guarantees k advisors (disclosure/ratio.ts)',
  'FieldIssue.slot': 'position of a form slot in a validation message',
  'EditConflict.baseVersion': 'a version number',
  'Campaign.version': 'a version number',
  'Referral.version': 'a version number',
  'Mca.version': 'a version number',
  'McaAction.minutes': 'a field of one record: time an advisor used (mca.read, hub staff only)',
  'McaCheckInStatus.days': 'days since one advisor’s last check-in, not a count of people',
  'McaCommitment.daysLeft': 'days until one advisor’s letter ends, not a count of people',
  'CampaignReach.activities':
    'campaigns: only their hubs’ officers and coordinators (canReadCampaigns)',
  'CampaignReach.estPeople': 'campaigns: only their hubs’ officers and coordinators',
  'CampaignReach.estWomen': 'campaigns: only their hubs’ officers and coordinators',
  'CampaignReach.estMinors': 'campaigns: only their hubs’ officers and coordinators',
  'CampaignObjectiveReach.reached': 'campaigns: only their hubs’ officers and coordinators',
  'CampaignObjectiveReach.share': 'campaigns: only their hubs’ officers and coordinators',
  'CampaignObjectiveReach.target': 'a target the coordinator typed',
  'CampaignProgress.done': 'campaign plan steps',
  'CampaignAudience.interest': 'a score 1–10 the coordinator set on the audience matrix',
  'CampaignAudience.power': 'a score 1–10 the coordinator set on the audience matrix',
  'CampaignObjective.target': 'a target the coordinator typed',
  'CampaignProgress.planned': 'campaign plan steps',
  'AgendaItem.score': 'order of a meeting agenda item (a priority score, no count of people)',
  'AgendaItem.position': 'place on a meeting agenda',
  'AgendaItem.total': 'hubs on a meeting agenda',
  'AgendaHub.position': 'place on a meeting agenda',
  'AgendaHub.score': 'order of a meeting agenda item (a priority score, no count of people)',
  'AgendaHub.findings': 'data-quality rules that fired (on published figures), not records',
  'AgendaHub.highFindings': 'data-quality rules of high severity that fired, not records',
  'AgendaHub.openFollowUps': 'follow-up actions the meeting agreed, not people',
  'TrainingAttempt.score': "the caller's own training score",
  'TrainingCheckGraded.correctCount': "the caller's own answers",
  'TrainingCheckGraded.score': "the caller's own answers",
  'TrainingCheckGraded.total': 'questions in a knowledge check',
  'TrainingItemProgress.attemptsLeft': "the caller's own training",
  'TrainingModuleProgress.completed': "a staff member's training progress",
  'TrainingModuleProgress.total': 'items in a module',
  'TrainingProgress.completed': "a staff member's training progress",
  'TrainingProgress.total': 'items in a curriculum',
};

/** Every numeric output field reachable from Query and Mutation, as `Type.field`. */
function reachableNumericFields(): { name: string; figure: boolean }[] {
  const seen = new Set<string>();
  const out: { name: string; figure: boolean }[] = [];
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isUnionType(type)) return type.getTypes().forEach(visit);
    if (!isObjectType(type) && !isInterfaceType(type)) return;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (named.name === 'Int' || named.name === 'Float')
        out.push({ name: `${type.name}.${field.name}`, figure: field.extensions?.figure === true });
      visit(named);
    }
  };
  visit(schema.getQueryType()!);
  visit(schema.getMutationType()!);
  return out.filter((f) => !f.name.startsWith('Query.') && !f.name.startsWith('Mutation.'));
}

describe('every figure leaves the API through the disclosure module', () => {
  it('declares each numeric field as a figure or says why it is not one', () => {
    const fields = reachableNumericFields();
    const undeclared = fields
      .filter((f) => !f.figure && !(f.name in notFigures))
      .map((f) => f.name);
    expect(undeclared).toEqual([]);
    // The figures this walk must find (a walk that finds nothing would pass the check above).
    const figures = fields.filter((f) => f.figure).map((f) => f.name);
    for (const name of [
      'Cell.value',
      'Disaggregation.total',
      'HubStats.cases',
      'ReportFigures.minorCases',
      'FigureCell.value',
      'FigureChange.before',
      'QualityFinding.count',
      'ReferralFigures.overdueFollowUps',
      'ReferralFigures.closedAfterSending',
      'VisitFigures.uniquePeople',
      'CaseSourceFigures.channelledByMca',
      'McaChannelled.cases',
      'CheckInFigures.seenMcas',
      'FeedbackFigures.responses',
    ])
      expect(figures).toContain(name);
  });

  it('keeps the list of exceptions free of fields that no longer exist', () => {
    const names = new Set(reachableNumericFields().map((f) => f.name));
    expect(Object.keys(notFigures).filter((n) => !names.has(n))).toEqual([]);
  });
});
