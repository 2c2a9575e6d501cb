import { z } from 'zod';

/**
 * The shape of every content file. Texts are "localized": one entry per language of
 * languages.yaml, none empty. Cross-file rules (unique ids, answers, scenario paths, citations)
 * live in rules.ts.
 */

const id = z.string().regex(/^[a-z0-9_.-]+$/, 'an id uses only a-z, 0-9, _, . and -');

/** A text in every language of languages.yaml, and in no other. */
export function localized(languages: readonly string[]) {
  return z.strictObject(
    Object.fromEntries(
      languages.map((lang) => [
        lang,
        z
          .string({ error: `the ${lang} text is missing` })
          .trim()
          .min(1, `the ${lang} text is empty`),
      ]),
    ),
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? unknownLanguage(issue.keys) : undefined,
    },
  );
}

function unknownLanguage(keys: string[]): string {
  return `unknown language ${keys.map((k) => `"${k}"`).join(', ')}: add it to languages.yaml first`;
}

/** A pass mark: a share 0–1, or a fraction such as "2/3". */
const passMark = z.union([
  z.number().min(0).max(1),
  z.string().regex(/^\d+\/\d+$/, 'a pass mark is a number from 0 to 1 or a fraction like 2/3'),
]);

export const languagesFile = z.strictObject({
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'a language is a two-letter code')).min(1),
});

export function schemas(languages: readonly string[]) {
  const text = localized(languages);
  const citation = z.strictObject({
    source: z.string(),
    section: z.string(),
    lines: z.string(),
  });
  const itemBase = {
    id,
    title: text,
    summary: text,
    citation,
    dueDays: z.number().int().min(0),
    autoComplete: z
      .enum([
        'first_case',
        'first_activity',
        'directory_sectors',
        'first_referral_closed',
        'first_mca_check_in',
      ])
      .optional(),
  };
  const question = z.strictObject({
    id,
    prompt: text,
    options: z.array(z.strictObject({ id, text })).min(2),
    correct: z.array(z.string()).min(1, 'a question needs at least one correct answer'),
    explanation: text,
  });
  const item = z.discriminatedUnion('type', [
    z.strictObject({
      ...itemBase,
      type: z.literal('read'),
      points: z.array(text).min(1),
      guide: z.string().startsWith('/').optional(),
    }),
    z.strictObject({
      ...itemBase,
      type: z.literal('quiz'),
      check: z.strictObject({
        questions: z.array(question).min(1),
        passMark,
        maxAttempts: z.number().int().min(1),
      }),
    }),
    z.strictObject({ ...itemBase, type: z.literal('scenario'), scenarioId: id }),
    z.strictObject({ ...itemBase, type: z.literal('signoff'), task: z.array(text).min(1) }),
    z.strictObject({
      ...itemBase,
      type: z.literal('external'),
      course: z.strictObject({ name: z.string().min(1), provider: text, url: z.url() }),
    }),
  ]);
  const choice = z.strictObject({
    id,
    quality: z.enum(['good', 'partial', 'poor']),
    next: id,
    text,
    feedback: text,
  });
  const node = z.union([
    z.strictObject({ id, text, end: z.literal(true) }),
    z.strictObject({ id, text, end: z.literal(false).optional(), choices: z.array(choice).min(1) }),
  ]);
  const guideList = z.strictObject({ heading: text.optional(), items: z.array(text).min(1) });
  const routeQuestion = z.strictObject({ name: id, text, guidance: text, basis: z.string() });
  const followUpOption = z.strictObject({ id, right: z.boolean(), text, feedback: text });
  const followUpQuestion = z.strictObject({
    id,
    kind: z.enum(['one', 'all']),
    prompt: text,
    options: z.array(followUpOption).min(2),
    basis: z.string(),
  });

  return {
    sources: z.record(
      id,
      z.strictObject({
        extract: z.string().regex(/^\d{3}$/, 'an extract is the three-digit seeds file number'),
        lines: z.number().int().min(1),
        sections: z.record(id, text),
      }),
    ),
    catalogue: z.strictObject({
      modules: z.array(id).min(1),
      scenarios: z.array(id),
      tracks: z
        .array(
          z.strictObject({
            id: z.enum(['hub_officer', 'coordinator', 'mrc_staff', 'mca_advisor']),
            title: text,
            summary: text,
            moduleIds: z.array(id).min(1),
          }),
        )
        .min(1),
    }),
    module: z.strictObject({
      id,
      title: text,
      summary: text,
      citation,
      items: z.array(item).min(1),
    }),
    scenario: z.strictObject({
      id,
      title: text,
      intro: text,
      citation,
      start: id,
      nodes: z.array(node).min(1),
    }),
    pfaGuide: z.strictObject({
      citation,
      pages: z
        .array(
          z.strictObject({
            id,
            title: text,
            intro: text,
            lists: z.array(guideList),
            questions: guideList.optional(),
            citation,
          }),
        )
        .min(1),
    }),
    pfaCard: z.strictObject({
      card: z.array(z.strictObject({ title: text, lines: z.array(text).min(1) })).min(1),
    }),
    glossary: z.strictObject({
      terms: z.array(z.strictObject({ id, term: text, definition: text, citation })).min(1),
    }),
    routes: z.strictObject({
      questions: z.array(routeQuestion),
      stop: z.strictObject({ title: text, text, basis: z.string() }),
      routes: z.array(
        z.strictObject({
          code: z.enum(['four_step', 'two_step']),
          title: text,
          when: text,
          basis: z.string(),
          steps: z
            .array(
              z.strictObject({
                code: id,
                number: z.number().int().min(1),
                title: text,
                actions: z.array(text),
                questions: z.array(id),
                basis: z.string(),
              }),
            )
            .min(1),
        }),
      ),
      principles: z.array(text).min(1),
    }),
    followUp: z.strictObject({
      followUps: z
        .array(
          z.strictObject({
            caseId: id,
            referral: text,
            basis: z.string(),
            questions: z.array(followUpQuestion).min(1),
          }),
        )
        .min(1),
    }),
    annex1: z.strictObject({
      profiles: z.array(
        z.strictObject({
          code: z.enum(['trafficking', 'refugee', 'migrant_at_risk', 'child_at_risk']),
          number: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
          title: text,
          basis: z.string(),
          indicators: z
            .array(
              z.strictObject({
                code: z.string().regex(/^P[1-4]\.\d+$/, 'an indicator code looks like P1.2'),
                text,
                vulnerabilityTypes: z.array(id),
                basis: z.string(),
              }),
            )
            .min(1),
        }),
      ),
      questions: z.array(
        z.strictObject({
          number: z.number().int().min(1),
          text,
          markers: z.array(z.enum(['trafficking', 'refugee'])),
          basis: z.string(),
        }),
      ),
    }),
  };
}

export type Schemas = ReturnType<typeof schemas>;
export type Files = { [K in keyof Schemas]: z.infer<Schemas[K]> };
