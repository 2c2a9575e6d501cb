import type { CampaignSectionId } from './cycle.ts';
import { diagnosisQuestions } from './cycle.ts';
import type { CampaignDocument } from './document.ts';

const written = (text: string) => text.trim().length > 0;

/**
 * Whether a section of a plan holds anything to show (printouts leave empty ones out).
 * `results` has nothing typed in the plan: it is filled once activities are planned or recorded.
 */
export function isCampaignSectionFilled({
  document,
  section,
  recordedActivities = 0,
}: {
  document: CampaignDocument;
  section: CampaignSectionId;
  recordedActivities?: number;
}): boolean {
  switch (section) {
    case 'diagnosis':
      return diagnosisQuestions.some((q) => written(document.diagnosis[q.id] ?? ''));
    case 'audiences':
    case 'swot':
    case 'objectives':
    case 'messages':
    case 'activities':
      return document[section].length > 0;
    case 'resources':
      return written(document.resources) || written(document.budget);
    case 'results':
      return document.activities.length > 0 || recordedActivities > 0;
    default:
      return written(document[section]);
  }
}
