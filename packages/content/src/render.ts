import type { Tree } from './load.ts';

/** The languages the apps speak (the domain's `Lang`); other languages of the YAML wait here. */
export const appLanguages = ['es', 'en'] as const;

/** The generated modules, relative to packages/content. */
export const outputs = {
  sections: '../domain/src/training/sections.generated.ts',
  curriculum: '../domain/src/training/curriculum.generated.ts',
  answers: '../domain/src/training/answers.generated.ts',
  scenarios: '../domain/src/training/scenarios.generated.ts',
  pfa: '../domain/src/training/pfa.generated.ts',
  glossary: '../domain/src/training/glossary.generated.ts',
  attention: '../domain/src/attention/content.generated.ts',
} as const;

/**
 * The training content's exports, by the module that holds them. One module each so that a
 * page's bundle carries only the part it uses: the PFA guide without the curriculum (100 KB), a
 * campaign without any of it (issue 17, light pages).
 */
const trainingModuleExports = {
  curriculum: { trainingModules: 'TrainingModule[]', trainingTracks: 'Track[]' },
  // The knowledge checks' answers, apart: only the server imports them, so no page's script
  // (a public file) gives them away.
  answers: { quizAnswers: 'Record<string, Record<string, QuizAnswer>>' },
  scenarios: { scenarios: 'Scenario[]' },
  pfa: {
    pfaGuide: 'GuidePage[]',
    pfaQuickCard: '{ title: Localized; lines: Localized[] }[]',
    pfaCitation: 'Citation',
  },
  glossary: { glossary: 'GlossaryTerm[]' },
} as const;

/** Where the types of the training modules' exports come from. */
const trainingTypeSources: Record<string, string> = {
  GlossaryTerm: './glossary.ts',
  GuidePage: './pfa.ts',
  Scenario: './scenarios.ts',
  Citation: './types.ts',
  Track: './types.ts',
  QuizAnswer: './types.ts',
  TrainingModule: './types.ts',
  Localized: '../i18n.ts',
};

/** The `import type` lines for the types named in `types`, one line per source file. */
function typeImports(types: Record<string, string>): string[] {
  const named = Object.keys(trainingTypeSources).filter((type) =>
    Object.values(types).some((text) => new RegExp(`\\b${type}\\b`).test(text)),
  );
  const sources = [...new Set(named.map((type) => trainingTypeSources[type]!))];
  return sources.map(
    (source) =>
      `import type { ${named.filter((type) => trainingTypeSources[type] === source).join(', ')} } from '${source}';`,
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Localized = Record<string, string>;
type Sections = Record<string, Record<string, Localized>>;

/** Every section of sources.yaml in the app languages, one object each (citations share it). */
function domainSections(tree: Tree): Sections {
  return Object.fromEntries(
    Object.entries(tree.sources).map(([source, { sections }]) => [
      source,
      Object.fromEntries(
        Object.entries(sections).map(([key, name]) => [key, toDomain(tree, {}, name)]),
      ),
    ]),
  ) as Sections;
}

/**
 * The data as the domain types have it: texts in the app languages only, citations with their
 * section names from sources.yaml, pass marks as numbers.
 */
function toDomain(tree: Tree, sections: Sections, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((entry) => toDomain(tree, sections, entry));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === tree.languages.length && keys.every((key) => tree.languages.includes(key)))
    return Object.fromEntries(appLanguages.map((lang) => [lang, value[lang]]));
  if (keys.length === 3 && 'source' in value && 'section' in value && 'lines' in value) {
    const { source, section, lines } = value as { source: string; section: string; lines: string };
    return { source, section: sections[source]![section], lines };
  }
  return Object.fromEntries(
    keys.map((key) => {
      const entry = value[key];
      if (key === 'passMark' && typeof entry === 'string') {
        const [top, bottom] = entry.split('/').map(Number);
        return [key, top! / bottom!];
      }
      return [key, toDomain(tree, sections, entry)];
    }),
  );
}

function trainingParts(tree: Tree) {
  const byId = <T extends { data: { id: string } }>(list: T[], id: string) =>
    list.find((entry) => entry.data.id === id)!.data;
  const sections = domainSections(tree);
  const data = toDomain(tree, sections, {
    trainingModules: tree.catalogue.modules.map((id) => byId(tree.modules, id)),
    trainingTracks: tree.catalogue.tracks,
    scenarios: tree.catalogue.scenarios.map((id) => byId(tree.scenarios, id)),
    pfaGuide: tree.pfaGuide.pages,
    pfaQuickCard: tree.pfaCard.card,
    pfaCitation: tree.pfaGuide.citation,
    glossary: tree.glossary.terms,
  }) as Record<string, unknown>;
  data.quizAnswers = takeAnswers(data.trainingModules as ModuleData[]);
  return { sections, data };
}

type QuestionData = { id: string; correct?: string[]; explanation?: unknown; multiple?: boolean };
type ModuleData = { items: { id: string; check?: { questions: QuestionData[] } }[] };

/**
 * Moves each knowledge-check question's correct options and explanation out of the curriculum
 * into answers by item and question id; the question keeps whether it has several right options
 * (its form asks "choose all that apply").
 */
function takeAnswers(modules: ModuleData[]): Record<string, Record<string, unknown>> {
  const answers: Record<string, Record<string, unknown>> = {};
  for (const item of modules.flatMap((m) => m.items)) {
    if (!item.check) continue;
    answers[item.id] = Object.fromEntries(
      item.check.questions.map((question) => {
        const { correct = [], explanation } = question;
        delete question.correct;
        delete question.explanation;
        question.multiple = correct.length > 1;
        return [question.id, { correct, explanation }];
      }),
    );
  }
  return answers;
}

/** The training content, ordered as training/catalogue.yaml lists it. */
export function trainingData(tree: Tree): Record<string, unknown> {
  return trainingParts(tree).data;
}

/** The attention-route texts, each step with its questions (the same objects) written out. */
export function attentionData(tree: Tree): Record<string, unknown> {
  const { questions, stop, routes, principles } = tree.routes;
  const convert = (value: unknown) => toDomain(tree, {}, value);
  const routeQuestions = convert(questions) as { name: string }[];
  const attentionRoutes = (routes as unknown[]).map((route) => {
    const { steps, ...rest } = route as (typeof routes)[number];
    return {
      ...(convert(rest) as object),
      steps: steps.map(({ questions: names, ...step }) => ({
        ...(convert(step) as object),
        questions: names.map((name) => routeQuestions.find((q) => q.name === name)!),
      })),
    };
  });
  return {
    routeQuestions,
    stopRuleTexts: convert(stop),
    attentionRoutes,
    attentionPrinciples: convert(principles),
    annex1Profiles: convert(tree.annex1.profiles),
    identificationQuestions: convert(tree.annex1.questions),
    followUpPractice: convert(tree.followUp.followUps),
  };
}

const header = (imports: string[]) =>
  [
    '// Generated by `pnpm content` from the YAML files of packages/content: do not edit here.',
    '// To change a text, edit the YAML (docs/content.md) and run `pnpm content`.',
    ...imports,
    '',
  ].join('\n');

/** A list of plain strings, such as a track's modules, which goes on one line. */
const lists = /\[\s*"[\w.-]*"(?:,\s*"[\w.-]*")*\s*\]/g;

/**
 * A generated module: `data` as typed exports; an object of `shared` is written once and
 * named by its expression wherever else it stands (a citation's section, a step's question).
 */
function module(
  imports: string[],
  data: Record<string, unknown>,
  types: Record<string, string>,
  shared = new Map<unknown, string>(),
  before = '',
) {
  const body = Object.entries(data).map(([name, value]) => {
    const json = JSON.stringify(
      value,
      function (this: unknown, _key, entry: unknown) {
        const ref = this === value ? undefined : shared.get(entry);
        return ref === undefined ? entry : `@@${ref}@@`;
      },
      2,
    )
      .replace(/"@@(.*?)@@"/g, (_match, ref: string) => JSON.parse(`"${ref}"`))
      .replace(lists, (list) => list.replace(/\s*\n\s*/g, '').replace(/,/g, ', '));
    return `\nexport const ${name}: ${types[name]} = ${json};\n`;
  });
  return header(imports) + before + body.join('');
}

/** The generated modules' text, by output path. */
export function render(tree: Tree): Record<keyof typeof outputs, string> {
  const { sections, data } = trainingParts(tree);
  const sectionRefs = new Map<unknown, string>(
    Object.entries(sections).flatMap(([source, names]) =>
      Object.entries(names).map(([key, name]) => [
        name,
        `sections[${JSON.stringify(source)}][${JSON.stringify(key)}]`,
      ]),
    ),
  );
  const attention = attentionData(tree);
  const questionRefs = new Map<unknown, string>(
    (attention.routeQuestions as unknown[]).map((question, index) => [
      question,
      `routeQuestions[${index}]!`,
    ]),
  );
  const training = Object.fromEntries(
    Object.entries(trainingModuleExports).map(([key, types]) => {
      const part = Object.fromEntries(Object.keys(types).map((name) => [name, data[name]]));
      const imports = typeImports(types);
      // Only a module whose citations name a section imports them.
      if (module([], part, types, sectionRefs).includes('sections['))
        imports.unshift("import { sections } from './sections.generated.ts';");
      return [key, module(imports, part, types, sectionRefs)];
    }),
  ) as Record<keyof typeof trainingModuleExports, string>;
  return {
    sections:
      header([]) +
      `\n/** The handbook sections of sources.yaml, which citations name. */\nexport const sections = ${JSON.stringify(sections, null, 2)};\n`,
    ...training,
    attention: module(
      [
        "import type { Annex1Profile, InterviewQuestion } from './annex1.ts';",
        "import type { FollowUpPractice } from './follow-up.ts';",
        "import type { AttentionRoute, RouteQuestion } from './route.ts';",
        "import type { Localized } from '../i18n.ts';",
      ],
      attention,
      {
        routeQuestions: 'RouteQuestion[]',
        stopRuleTexts: '{ title: Localized; text: Localized; basis: string }',
        attentionRoutes: 'AttentionRoute[]',
        attentionPrinciples: 'Localized[]',
        annex1Profiles: 'Annex1Profile[]',
        identificationQuestions: 'InterviewQuestion[]',
        followUpPractice: 'FollowUpPractice[]',
      },
      questionRefs,
    ),
  };
}
