import { describe, expect, it } from 'vitest';
import {
  annex1Profiles,
  attentionPrinciples,
  attentionRoutes,
  followUpPractice,
  identificationQuestions,
  routeQuestions,
  stopRuleTexts,
} from './attention/content.generated.ts';
import { extraMessages, ruleCatalog } from './form/rules/catalog.ts';
import { handbookCode } from './handbook-code.ts';
import { evaluateQualityFindings, qualityRules } from './reports/quality.ts';
import { sections } from './training/sections.generated.ts';

/** The texts of a value as users read them: every string but the sources' line references. */
function shownTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(shownTexts);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => (key === 'basis' ? [] : shownTexts(v)));
  return [];
}

describe('texts users read cite the handbooks by name and section in words', () => {
  it('in the form rules, the attention routes, the report checks and the training sources', () => {
    const gap = evaluateQualityFindings({
      metrics: {
        month: '2026-01',
        cases: 5,
        activities: 1,
        previous: [],
        longestGap: { from: '2026-01-05', to: '2026-01-20', days: 16 },
        otherRecords: 0,
        late: { count: 0, maxDays: 0 },
        arithmetic: 0,
        importMissing: 0,
        duplicates: { groups: 0, records: 0 },
      },
    });
    expect(gap.map((f) => f.rule)).toContain('gap_days');
    const texts = shownTexts([
      ruleCatalog,
      extraMessages,
      routeQuestions,
      stopRuleTexts,
      attentionRoutes,
      attentionPrinciples,
      annex1Profiles,
      identificationQuestions,
      followUpPractice,
      qualityRules,
      gap,
      sections,
    ]);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => handbookCode.test(text))).toEqual([]);
  });
});
