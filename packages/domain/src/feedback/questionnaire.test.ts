import { describe, expect, it } from 'vitest';
import { feedbackIssues, feedbackQuestions } from './questionnaire.ts';

describe('the feedback questionnaire', () => {
  it('accepts any subset of valid answers, and refuses an empty one or a foreign code', () => {
    expect(feedbackIssues({ satisfaction: '4' })).toEqual([]);
    expect(
      feedbackIssues({
        satisfaction: '5',
        clear_information: 'partly',
        respectful: 'yes',
        waiting: '15_60',
        recommend: 'unsure',
      }),
    ).toEqual([]);
    expect(feedbackIssues({}).map((i) => i.text.en)).toEqual(['Answer at least one question.']);
    expect(feedbackIssues({ satisfaction: '9', waiting: 'yes' }).map((i) => i.field)).toEqual([
      'satisfaction',
      'waiting',
    ]);
  });

  it('asks nothing that could name the person: closed answers only, both languages', () => {
    for (const question of feedbackQuestions) {
      expect(question.options.length).toBeGreaterThan(1);
      for (const option of question.options) {
        expect(option.label.es).not.toBe('');
        expect(option.label.en).not.toBe('');
      }
    }
  });
});
