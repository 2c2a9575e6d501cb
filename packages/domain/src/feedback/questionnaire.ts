import type { Localized } from '../i18n.ts';

/**
 * The client feedback questionnaire (issue 16, item 7): "services informed by regular feedback"
 * of the MRC handbook (004). Five closed questions a person answers alone, on the hub's tablet or
 * through a link, after an attention. Nothing in it can name the person or their case: no free
 * text, no date finer than the month.
 */
export type FeedbackQuestion = {
  name: FeedbackQuestionName;
  text: Localized;
  options: readonly { code: string; label: Localized }[];
};

export type FeedbackQuestionName =
  'satisfaction' | 'clear_information' | 'respectful' | 'waiting' | 'recommend';

const yesPartlyNo = [
  { code: 'yes', label: { es: 'Sí', en: 'Yes' } },
  { code: 'partly', label: { es: 'En parte', en: 'Partly' } },
  { code: 'no', label: { es: 'No', en: 'No' } },
] as const;

export const feedbackQuestions: readonly FeedbackQuestion[] = [
  {
    name: 'satisfaction',
    text: {
      es: '¿Qué tan satisfecha o satisfecho está con la atención que recibió hoy?',
      en: 'How satisfied are you with the attention you received today?',
    },
    options: [
      { code: '5', label: { es: 'Muy satisfecha/o', en: 'Very satisfied' } },
      { code: '4', label: { es: 'Satisfecha/o', en: 'Satisfied' } },
      { code: '3', label: { es: 'Ni satisfecha/o ni insatisfecha/o', en: 'Neither' } },
      { code: '2', label: { es: 'Insatisfecha/o', en: 'Dissatisfied' } },
      { code: '1', label: { es: 'Muy insatisfecha/o', en: 'Very dissatisfied' } },
    ],
  },
  {
    name: 'clear_information',
    text: {
      es: '¿La información que le dieron fue clara?',
      en: 'Was the information you were given clear?',
    },
    options: yesPartlyNo,
  },
  {
    name: 'respectful',
    text: {
      es: '¿Le trataron con respeto y amabilidad?',
      en: 'Were you treated with respect and kindness?',
    },
    options: yesPartlyNo,
  },
  {
    name: 'waiting',
    text: { es: '¿Cuánto tiempo esperó para ser atendida/o?', en: 'How long did you wait?' },
    options: [
      { code: 'under_15', label: { es: 'Menos de 15 minutos', en: 'Less than 15 minutes' } },
      { code: '15_60', label: { es: 'Entre 15 minutos y una hora', en: '15 minutes to an hour' } },
      { code: 'over_60', label: { es: 'Más de una hora', en: 'More than an hour' } },
    ],
  },
  {
    name: 'recommend',
    text: {
      es: '¿Recomendaría esta ventanilla a otra persona?',
      en: 'Would you recommend this hub to someone else?',
    },
    options: [
      { code: 'yes', label: { es: 'Sí', en: 'Yes' } },
      { code: 'unsure', label: { es: 'No sé', en: 'Not sure' } },
      { code: 'no', label: { es: 'No', en: 'No' } },
    ],
  },
];

export type FeedbackAnswers = Partial<Record<FeedbackQuestionName, string | null>>;

/**
 * The questions answered with a code that is not theirs. Every question may be skipped (a
 * person owes no answer), but an empty questionnaire is refused: it would count as a response.
 */
export function feedbackIssues(answers: FeedbackAnswers): { field: string; text: Localized }[] {
  const issues: { field: string; text: Localized }[] = [];
  let answered = 0;
  for (const question of feedbackQuestions) {
    const value = answers[question.name];
    if (value === null || value === undefined || value === '') continue;
    answered++;
    if (!question.options.some((o) => o.code === value))
      issues.push({
        field: question.name,
        text: { es: 'Elija una de las respuestas.', en: 'Choose one of the answers.' },
      });
  }
  if (answered === 0)
    issues.push({
      field: 'satisfaction',
      text: {
        es: 'Responda al menos una pregunta.',
        en: 'Answer at least one question.',
      },
    });
  return issues;
}
