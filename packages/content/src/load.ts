import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkRules } from './rules.ts';
import { languagesFile, schemas, type Files } from './schema.ts';
import { ContentErrors, SourceFile, type ContentError } from './source-file.ts';

/** Every file of the content tree, parsed and checked, with where each part came from. */
export type Tree = {
  languages: string[];
  sources: Files['sources'];
  catalogue: Files['catalogue'];
  modules: { file: SourceFile; data: Files['module'] }[];
  scenarios: { file: SourceFile; data: Files['scenario'] }[];
  pfaGuide: Files['pfaGuide'];
  pfaCard: Files['pfaCard'];
  glossary: Files['glossary'];
  routes: Files['routes'];
  annex1: Files['annex1'];
  followUp: Files['followUp'];
  files: Record<keyof typeof fixed, SourceFile>;
};

const fixed = {
  sources: 'sources.yaml',
  catalogue: 'training/catalogue.yaml',
  pfaGuide: 'pfa/guide.yaml',
  pfaCard: 'pfa/card.yaml',
  glossary: 'glossary.yaml',
  routes: 'attention/routes.yaml',
  annex1: 'attention/annex1.yaml',
  followUp: 'attention/follow-up.yaml',
} as const;

function yamlFiles(root: string, folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/**
 * Reads the content tree at `root` (packages/content) and checks it: the shape of every file,
 * then the rules across files. Throws ContentErrors listing every problem with file and line.
 */
export function loadTree(root: string): Tree {
  const errors: ContentError[] = [];
  const read = (file: string) => {
    if (existsSync(join(root, file))) return SourceFile.read(root, file);
    errors.push({ file, line: 1, message: 'this file is missing' });
    return new SourceFile(file, '{}');
  };
  function parsed<T>(file: SourceFile, result: { data: T } | { errors: ContentError[] }) {
    if ('errors' in result) {
      errors.push(...result.errors);
      return undefined;
    }
    return { file, data: result.data };
  }

  const languagesSource = read('languages.yaml');
  const languages = parsed(languagesSource, languagesSource.parse(languagesFile));
  if (!languages) throw new ContentErrors(errors);
  const schema = schemas(languages.data.languages);

  const files = {} as Tree['files'];
  const one = <K extends keyof typeof fixed>(key: K) => {
    const file = read(fixed[key]);
    files[key] = file;
    return parsed(file, file.parse(schema[key]))?.data as Files[K] | undefined;
  };
  const sources = one('sources');
  const catalogue = one('catalogue');
  const pfaGuide = one('pfaGuide');
  const pfaCard = one('pfaCard');
  const glossary = one('glossary');
  const routes = one('routes');
  const annex1 = one('annex1');
  const followUp = one('followUp');
  const modules = yamlFiles(root, 'training/modules').map((name) => {
    const file = SourceFile.read(root, name);
    return parsed(file, file.parse(schema.module));
  });
  const scenarios = yamlFiles(root, 'training/scenarios').map((name) => {
    const file = SourceFile.read(root, name);
    return parsed(file, file.parse(schema.scenario));
  });
  if (errors.length > 0) throw new ContentErrors(errors);

  const tree: Tree = {
    languages: languages.data.languages,
    sources: sources!,
    catalogue: catalogue!,
    modules: modules.map((entry) => entry!),
    scenarios: scenarios.map((entry) => entry!),
    pfaGuide: pfaGuide!,
    pfaCard: pfaCard!,
    glossary: glossary!,
    routes: routes!,
    annex1: annex1!,
    followUp: followUp!,
    files,
  };
  const ruleErrors = checkRules(tree);
  if (ruleErrors.length > 0) throw new ContentErrors(ruleErrors);
  return tree;
}
