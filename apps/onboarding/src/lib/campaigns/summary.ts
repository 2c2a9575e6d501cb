import {
  audienceQuadrants,
  campaignSections,
  classifyAudience,
  describeObjective,
  diagnosisQuestions,
  messageTones,
  swotGuidance,
  type CampaignDocument,
  type Lang,
} from '@ventanilla/domain/strategy/index';
type DocKey = keyof CampaignDocument;

const keyTitles: Record<DocKey, { es: string; en: string }> = {
  diagnosis: campaignSections.diagnosis.title,
  audiences: campaignSections.audiences.title,
  swot: campaignSections.swot.title,
  objectives: campaignSections.objectives.title,
  profile: campaignSections.profile.title,
  messages: campaignSections.messages.title,
  activities: campaignSections.activities.title,
  resources: campaignSections.resources.title,
  budget: { es: 'Presupuesto', en: 'Budget' },
  validation: campaignSections.validation.title,
  evaluationMethods: campaignSections.evaluationMethods.title,
  timeline: campaignSections.timeline.title,
  implementation: campaignSections.implementation.title,
  finalReport: campaignSections.finalReport.title,
};

/** Plain lines describing parts of a plan, to compare two versions side by side. */
export function summarizeKeys({
  document,
  keys,
  lang,
}: {
  document: CampaignDocument;
  keys: DocKey[];
  lang: Lang;
}): { title: string; lines: string[] }[] {
  const audienceName = (id: string) => document.audiences.find((a) => a.id === id)?.name ?? id;
  return keys.map((key) => {
    let lines: string[];
    switch (key) {
      case 'diagnosis':
        lines = diagnosisQuestions
          .filter((q) => document.diagnosis[q.id])
          .map((q) => `${q[lang]} ${document.diagnosis[q.id]}`);
        break;
      case 'audiences':
        lines = document.audiences.map(
          (a) =>
            `${a.name} (${a.kind === 'target' ? (lang === 'es' ? 'objetivo' : 'target') : lang === 'es' ? 'de bienvenida' : 'welcome'}): ${a.interest}/${a.power} · ${audienceQuadrants[classifyAudience(a)].label[lang]}`,
        );
        break;
      case 'swot':
        lines = document.swot.map((s) => `${swotGuidance[s.quadrant].label[lang]}: ${s.text}`);
        break;
      case 'objectives':
        lines = document.objectives.map((o) =>
          describeObjective({ objective: o, audienceName: audienceName(o.audience), lang }),
        );
        break;
      case 'messages':
        lines = document.messages.map(
          (m) =>
            `${m.text}${m.tone ? ` (${messageTones.find((t) => t.code === m.tone)?.[lang]})` : ''}`,
        );
        break;
      case 'activities':
        lines = document.activities.map(
          (a) => `${a.title}${a.due ? ` · ${a.due}` : ''} (${a.linkedActivityIds.length})`,
        );
        break;
      default:
        lines = document[key] ? [document[key]] : [];
    }
    return { title: keyTitles[key][lang], lines };
  });
}
