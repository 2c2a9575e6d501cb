import { describe, expect, it } from 'vitest';
import { findFollowUpPractice } from '@ventanilla/domain/attention/index';
import { practiceCases } from './cases.ts';
import { gradeFollowUp, readFollowUpAnswers } from './follow-up.ts';
import { readAnswers } from './practice.ts';

const teen = findFollowUpPractice({ caseId: 'teen_alone' })!;
const grade = (query: string) =>
  gradeFollowUp({ practice: teen, answers: readFollowUpAnswers(new URLSearchParams(query)) });

describe('follow-up practice', () => {
  it('continues a practice case of the 4-step route, one follow-up per case at most', async () => {
    const { followUpPractices } = await import('@ventanilla/domain/attention/index');
    for (const practice of followUpPractices) {
      const practiceCase = practiceCases.find((c) => c.id === practice.caseId);
      expect(practiceCase, practice.caseId).toBeDefined();
      expect(practiceCase!.steps, practice.caseId).toBeDefined();
    }
  });

  it('reads its answers from the form, keeping the follow-up stage', () => {
    const params = new URLSearchParams(
      'stage=4&o=unaccompanied_child&f.when=eight_days&f.record=date&f.record=consent&f.record=date&f.bad-name=x&f.when=%3Cscript%3E',
    );
    expect(readAnswers(params).stage).toBe(4);
    expect(readFollowUpAnswers(params)).toEqual({
      when: ['eight_days'],
      record: ['date', 'consent'],
    });
  });

  it('marks a right single choice right, with its own feedback', () => {
    const [when] = grade('f.when=eight_days');
    expect(when).toMatchObject({ questionId: 'when', right: true });
    expect(when!.items).toEqual([
      { code: 'eight_days', verdict: 'correct', note: teen.questions[0]!.options[0]!.feedback },
    ]);
  });

  it('shows a wrong single choice with its feedback, then the right one', () => {
    const [when] = grade('f.when=never&f.when=eight_days');
    expect(when!.right).toBe(false);
    expect(when!.items.map((i) => [i.code, i.verdict])).toEqual([
      ['never', 'extra'],
      ['eight_days', 'missed'],
    ]);
    expect(when!.items[0]!.note!.en).toMatch(/does not end when it is sent/);
  });

  it('grades a tick-all question option by option', () => {
    const record = grade('f.record=institution&f.record=date&f.record=full_story')[1]!;
    expect(record.right).toBe(false);
    expect(Object.fromEntries(record.items.map((i) => [i.code, i.verdict]))).toEqual({
      institution: 'correct',
      date: 'correct',
      full_story: 'extra',
      consent: 'missed',
    });
    const all = grade('f.record=institution&f.record=date&f.record=consent')[1]!;
    expect(all.right).toBe(true);
  });

  it('counts an unanswered question as missed, naming the right choice', () => {
    const graded = grade('');
    expect(graded.map((g) => g.right)).toEqual([false, false, false]);
    expect(graded[2]!.items).toEqual([
      expect.objectContaining({ code: 'attended_next_date', verdict: 'missed' }),
    ]);
  });
});
