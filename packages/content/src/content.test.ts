import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from './generate.ts';
import { loadTree } from './load.ts';
import { attentionData, outputs, render, trainingData } from './render.ts';
import { ContentErrors, formatError } from './source-file.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real content (and of the generated modules) in a temp dir, to break. */
function copyTree(): string {
  const base = mkdtempSync(join(tmpdir(), 'content-'));
  temps.push(base);
  const copy = join(base, 'content');
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => !/node_modules|[/\\]src([/\\]|$)/.test(source.slice(root.length)),
  });
  for (const output of Object.values(outputs)) {
    const target = join(copy, output);
    cpSync(dirname(join(root, output)), dirname(target), { recursive: true });
  }
  return copy;
}

/** Replaces `from` (which must occur once) in a file; returns the 1-based line it was on. */
function edit(tree: string, file: string, from: string, to: string): number {
  const path = join(tree, file);
  const text = readFileSync(path, 'utf8');
  expect(text.split(from).length, `"${from}" once in ${file}`).toBe(2);
  writeFileSync(path, text.replace(from, to));
  return text.slice(0, text.indexOf(from)).split('\n').length;
}

function problems(tree: string): string[] {
  try {
    loadTree(tree);
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((e) => formatError(e));
    throw error;
  }
  return [];
}

describe('the content tree', () => {
  it('loads and equals the committed generated modules', async () => {
    const tree = loadTree(root);
    expect(generate({ root, check: true }).stale).toEqual([]);
    const load = (output: string) => import(pathToFileURL(join(root, output)).href);
    const training = {};
    const trainingOutputs = [
      outputs.curriculum,
      outputs.answers,
      outputs.scenarios,
      outputs.pfa,
      outputs.glossary,
    ];
    for (const output of trainingOutputs) Object.assign(training, await load(output));
    const attention = await load(outputs.attention);
    expect(training).toStrictEqual(trainingData(tree));
    expect({ ...attention }).toStrictEqual(attentionData(tree));
  });

  it('names the Annex 5 advisors alike in the staff module and the advisors’ track', () => {
    // "Community Migration Advisors" (Annex 5): once a module read "Migrant Community Advisors".
    const read = (file: string) => parse(readFileSync(join(root, 'training', file), 'utf8'));
    const module = read('modules/mca.yaml').title as Record<string, string>;
    const tracks = read('catalogue.yaml').tracks as { id: string; title: Record<string, string> }[];
    const track = tracks.find((t) => t.id === 'mca_advisor')!.title;
    for (const lang of ['es', 'en'])
      expect(module[lang]!.toLowerCase()).toBe(track[lang]!.toLowerCase());
  });

  it('a changed sentence changes the generated content, and the check calls it stale', () => {
    const tree = copyTree();
    edit(
      tree,
      'training/modules/hub_basics.yaml',
      'en: What a hub is and how one opens',
      'en: What a hub is, and how to open one',
    );
    const loaded = loadTree(tree);
    const modules = trainingData(loaded).trainingModules as { title: { en: string } }[];
    expect(modules[0]!.title.en).toBe('What a hub is, and how to open one');
    expect(render(loaded).curriculum).toContain('"en": "What a hub is, and how to open one"');
    // Only the module that holds the curriculum changes.
    expect(generate({ root: tree, check: true }).stale).toEqual([outputs.curriculum]);
    expect(generate({ root: tree }).written).toEqual([outputs.curriculum]);
    expect(generate({ root: tree, check: true }).stale).toEqual([]);
  });
});

describe('a bad edit fails naming the file and line', () => {
  it('a duplicate item id', () => {
    const tree = copyTree();
    const line = edit(
      tree,
      'training/modules/hub_basics.yaml',
      'id: hub_basics.opening',
      'id: hub_basics.read',
    );
    expect(problems(tree)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^training/modules/hub_basics\\.yaml:${line}: item id "hub_basics\\.read" is used twice \\(also at training/modules/hub_basics\\.yaml:\\d+\\)$`,
        ),
      ),
    ]);
  });

  it('a missing translation', () => {
    const tree = copyTree();
    const line = edit(tree, 'training/modules/pfa.yaml', '\n  en: Psychological First Aid\n', '\n');
    expect(problems(tree)).toEqual([`training/modules/pfa.yaml:${line}: the en text is missing`]);
  });

  it('an empty translation', () => {
    const tree = copyTree();
    const line = edit(tree, 'glossary.yaml', 'en: Emigration', "en: ''");
    expect(problems(tree)).toEqual([`glossary.yaml:${line}: the en text is empty`]);
  });

  it('a knowledge check with no correct answer, or one that is not an option', () => {
    const tree = copyTree();
    const file = 'training/modules/hub_basics.yaml';
    const text = readFileSync(join(tree, file), 'utf8');
    const correct = /correct:\n(\s+)- (\w+)\n/.exec(text)!;
    const line = text.slice(0, correct.index).split('\n').length;
    const replace = (by: string) =>
      text.slice(0, correct.index) + by + text.slice(correct.index + correct[0].length);
    writeFileSync(join(tree, file), replace('correct: []\n'));
    expect(problems(tree)).toEqual([
      `${file}:${line}: "correct": a question needs at least one correct answer`,
    ]);
    writeFileSync(join(tree, file), replace(`correct:\n${correct[1]}- z\n`));
    expect(problems(tree)).toEqual([
      `${file}:${line + 1}: the correct answer "z" is not one of the options`,
    ]);
  });

  it('a scenario step that leads nowhere, and the end it no longer reaches', () => {
    const tree = copyTree();
    const file = 'training/scenarios/pfa_family.yaml';
    const text = readFileSync(join(tree, file), 'utf8');
    const lastNext = text.lastIndexOf('next: end');
    const line = text.slice(0, lastNext).split('\n').length;
    writeFileSync(
      join(tree, file),
      text.slice(0, lastNext) + 'next: ending' + text.slice(lastNext + 9),
    );
    const found = problems(tree);
    expect(found[0]).toBe(`${file}:${line}: no step "ending" to go next`);
    expect(found.slice(1)).toEqual(
      found
        .slice(1)
        .map(() => expect.stringMatching(/^training\/scenarios\/pfa_family\.yaml:\d+: no /)),
    );
  });

  it('a citation of an unknown section or outside the handbook', () => {
    const tree = copyTree();
    const file = 'training/modules/hub_basics.yaml';
    const line = edit(tree, file, 'section: chapter-2\n', 'section: chapter-22\n');
    const lines = edit(tree, file, 'lines: L184-L413', 'lines: L184-L9999');
    expect(problems(tree)).toEqual([
      `${file}:${line}: unknown section "chapter-22" of hubs (see sources.yaml)`,
      `${file}:${lines}: lines "L184-L9999" are outside the source (1 to 3060) or reversed`,
    ]);
  });

  it('a follow-up question with two right answers, a repeated case and a bad basis', () => {
    const tree = copyTree();
    const file = 'attention/follow-up.yaml';
    edit(
      tree,
      file,
      'id: when_he_returns\n            right: false',
      'id: when_he_returns\n            right: true',
    );
    const text = readFileSync(join(tree, file), 'utf8');
    // The problem names the question's first option.
    const optionsLine = (question: string) => {
      const at = text.indexOf(`- id: ${question}\n`);
      return text.slice(0, text.indexOf('options:', at)).split('\n').length + 1;
    };
    const caseLine = edit(tree, file, 'caseId: dehydrated', 'caseId: teen_alone');
    const basisLine = edit(
      tree,
      file,
      'basis: 004:L3470-L3489, L5038-L5042',
      'basis: 004:L3470-L99999',
    );
    expect(problems(tree)).toEqual([
      `${file}:${optionsLine('when')}: a "one" question needs exactly one right option (found 2)`,
      expect.stringMatching(
        new RegExp(
          `^${file}:${caseLine}: case "teen_alone" is used twice \\(also at ${file}:\\d+\\)$`,
        ),
      ),
      `${file}:${basisLine}: lines "L3470-L99999" are outside the source (1 to 8862) or reversed`,
    ]);
  });

  it('a tick-all follow-up question with no right answer', () => {
    const tree = copyTree();
    const file = 'attention/follow-up.yaml';
    const text = readFileSync(join(tree, file), 'utf8');
    const start = text.indexOf('- id: record\n');
    const end = text.indexOf('- id: attended\n');
    const line = text.slice(0, text.indexOf('options:', start)).split('\n').length + 1;
    writeFileSync(
      join(tree, file),
      text.slice(0, start) +
        text.slice(start, end).replaceAll('right: true', 'right: false') +
        text.slice(end),
    );
    expect(problems(tree)).toEqual([
      `${file}:${line}: an "all" question needs at least one right option`,
    ]);
  });

  it('an unknown field, language or YAML mistake', () => {
    const tree = copyTree();
    const unknown = edit(tree, 'pfa/card.yaml', 'en: Before\n', 'en: Before\n      pt: Antes\n');
    const syntax = edit(
      tree,
      'glossary.yaml',
      'id: emigration\n',
      'id: emigration\n    id: again\n',
    );
    const found = problems(tree);
    expect(found).toContain(
      `pfa/card.yaml:${unknown - 1}: "title": unknown language "pt": add it to languages.yaml first`,
    );
    expect(found).toContain(`glossary.yaml:${syntax + 1}: Map keys must be unique`);
  });
});
