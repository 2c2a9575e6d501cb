import type { Tree } from './load.ts';
import type { ContentError, SourceFile } from './source-file.ts';

type Path = (string | number)[];
type Report = (file: SourceFile, path: Path, message: string, also?: ContentError['also']) => void;

/** The rules that span a file or several: ids, answers, scenario paths, citations, references. */
export function checkRules(tree: Tree): ContentError[] {
  const errors: ContentError[] = [];
  const report: Report = (file, path, message, also) =>
    errors.push({ ...file.error(path, message), ...(also && { also }) });
  checkCatalogue(tree, report);
  checkItems(tree, report);
  for (const { file, data } of tree.scenarios) checkScenario(file, data, report);
  checkCitations(tree, report);
  checkAttention(tree, report);
  checkFollowUps(tree, report);
  return errors;
}

/** Reports every id seen before, naming where it was first used. */
function uniqueIds(report: Report, what: string) {
  const seen = new Map<string, { file: SourceFile; path: Path }>();
  return (id: string, file: SourceFile, path: Path) => {
    const first = seen.get(id);
    if (!first) return void seen.set(id, { file, path });
    const also = { file: first.file.file, line: first.file.lineOf(first.path) };
    report(file, path, `${what} "${id}" is used twice`, also);
  };
}

function checkCatalogue(tree: Tree, report: Report) {
  const file = tree.files.catalogue;
  const listed = (
    key: 'modules' | 'scenarios',
    found: { file: SourceFile; data: { id: string } }[],
  ) => {
    const folder = `training/${key}`;
    const unique = uniqueIds(report, key === 'modules' ? 'module' : 'scenario');
    tree.catalogue[key].forEach((id, index) => {
      unique(id, file, [key, index]);
      if (!found.some((entry) => entry.data.id === id))
        report(file, [key, index], `no file ${folder}/${id}.yaml for "${id}"`);
    });
    for (const entry of found) {
      if (entry.file.file !== `${folder}/${entry.data.id}.yaml`)
        report(entry.file, ['id'], `the id "${entry.data.id}" must match the file name`);
      if (!tree.catalogue[key].includes(entry.data.id))
        report(
          entry.file,
          ['id'],
          `"${entry.data.id}" is not listed under ${key} in training/catalogue.yaml`,
        );
    }
  };
  listed('modules', tree.modules);
  listed('scenarios', tree.scenarios);
  const tracks = uniqueIds(report, 'track');
  tree.catalogue.tracks.forEach((track, index) => {
    tracks(track.id, file, ['tracks', index, 'id']);
    track.moduleIds.forEach((id, at) => {
      if (!tree.catalogue.modules.includes(id))
        report(file, ['tracks', index, 'moduleIds', at], `unknown module "${id}"`);
    });
  });
}

function checkItems(tree: Tree, report: Report) {
  const items = uniqueIds(report, 'item id');
  for (const { file, data } of tree.modules) {
    data.items.forEach((item, index) => {
      const path: Path = ['items', index];
      items(item.id, file, [...path, 'id']);
      if (item.type === 'scenario' && !tree.catalogue.scenarios.includes(item.scenarioId))
        report(file, [...path, 'scenarioId'], `unknown scenario "${item.scenarioId}"`);
      if (item.type !== 'quiz') return;
      const { check } = item;
      if (typeof check.passMark === 'string') {
        const [top, bottom] = check.passMark.split('/').map(Number);
        if (!bottom || top! > bottom)
          report(
            file,
            [...path, 'check', 'passMark'],
            'a pass mark is at most 1 (for example 2/3)',
          );
      }
      const questions = uniqueIds(report, 'question id');
      check.questions.forEach((question, q) => {
        const at: Path = [...path, 'check', 'questions', q];
        questions(question.id, file, [...at, 'id']);
        const options = uniqueIds(report, 'option id');
        question.options.forEach((option, o) =>
          options(option.id, file, [...at, 'options', o, 'id']),
        );
        question.correct.forEach((answer, c) => {
          if (!question.options.some((option) => option.id === answer))
            report(
              file,
              [...at, 'correct', c],
              `the correct answer "${answer}" is not one of the options`,
            );
        });
      });
    });
  }
}

type ScenarioData = Tree['scenarios'][number]['data'];

/** Every step is reachable from the start, every `next` exists, and every path can end. */
function checkScenario(file: SourceFile, scenario: ScenarioData, report: Report) {
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  const unique = uniqueIds(report, 'step id');
  scenario.nodes.forEach((node, index) => unique(node.id, file, ['nodes', index, 'id']));
  if (!nodes.has(scenario.start))
    report(file, ['start'], `no step "${scenario.start}" to start at`);
  scenario.nodes.forEach((node, index) => {
    if (!('choices' in node)) return;
    const choices = uniqueIds(report, 'choice id');
    node.choices.forEach((choice, c) => {
      choices(choice.id, file, ['nodes', index, 'choices', c, 'id']);
      if (!nodes.has(choice.next))
        report(file, ['nodes', index, 'choices', c, 'next'], `no step "${choice.next}" to go next`);
    });
  });
  const next = (id: string) => {
    const node = nodes.get(id);
    return node && 'choices' in node ? node.choices.map((choice) => choice.next) : [];
  };
  const reached = new Set<string>();
  const queue = nodes.has(scenario.start) ? [scenario.start] : [];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reached.has(id) || !nodes.has(id)) continue;
    reached.add(id);
    queue.push(...next(id));
  }
  // Steps from which an end can be reached, grown backwards from the ends.
  const ending = new Set(scenario.nodes.filter((node) => node.end === true).map((node) => node.id));
  for (let grew = true; grew;) {
    grew = false;
    for (const node of scenario.nodes)
      if (!ending.has(node.id) && next(node.id).some((id) => ending.has(id))) {
        ending.add(node.id);
        grew = true;
      }
  }
  if (ending.size === 0) report(file, ['nodes'], 'the scenario has no end step (end: true)');
  scenario.nodes.forEach((node, index) => {
    if (!reached.has(node.id))
      report(file, ['nodes', index, 'id'], `no choice leads to the step "${node.id}"`);
    else if (!ending.has(node.id) && ending.size > 0)
      report(file, ['nodes', index, 'id'], `no path from the step "${node.id}" reaches an end`);
  });
}

const rangeList = /^L(\d+)(?:-L(\d+))?(?:, L(\d+)(?:-L(\d+))?)*$/;

/** Problems with "L66-L153, L200" against a source of `max` lines, or null. */
function badLines(lines: string, max: number): string | null {
  if (!rangeList.test(lines)) return `lines "${lines}" should look like L66-L153 or L66-L153, L200`;
  for (const range of lines.split(', ')) {
    const [from, to = from] = range.split('-').map((part) => Number(part.slice(1)));
    if (!from || from > to! || to! > max)
      return `lines "${range}" are outside the source (1 to ${max}) or reversed`;
  }
  return null;
}

function checkCitations(tree: Tree, report: Report) {
  const check = (
    file: SourceFile,
    path: Path,
    citation: { source: string; section: string; lines: string },
  ) => {
    const source = tree.sources[citation.source];
    if (!source)
      return report(
        file,
        [...path, 'source'],
        `unknown source "${citation.source}" (see sources.yaml)`,
      );
    if (!source.sections[citation.section])
      report(
        file,
        [...path, 'section'],
        `unknown section "${citation.section}" of ${citation.source} (see sources.yaml)`,
      );
    const problem = badLines(citation.lines, source.lines);
    if (problem) report(file, [...path, 'lines'], problem);
  };
  for (const { file, data } of tree.modules) {
    check(file, ['citation'], data.citation);
    data.items.forEach((item, index) => check(file, ['items', index, 'citation'], item.citation));
  }
  for (const { file, data } of tree.scenarios) check(file, ['citation'], data.citation);
  check(tree.files.pfaGuide, ['citation'], tree.pfaGuide.citation);
  tree.pfaGuide.pages.forEach((page, index) =>
    check(tree.files.pfaGuide, ['pages', index, 'citation'], page.citation),
  );
  const terms = uniqueIds(report, 'term id');
  const pages = uniqueIds(report, 'page id');
  tree.pfaGuide.pages.forEach((page, index) =>
    pages(page.id, tree.files.pfaGuide, ['pages', index, 'id']),
  );
  tree.glossary.terms.forEach((term, index) => {
    terms(term.id, tree.files.glossary, ['terms', index, 'id']);
    check(tree.files.glossary, ['terms', index, 'citation'], term.citation);
  });
}

/** Checks a `basis` ("000:L563-L571"): a known extract and lines inside it. */
function basisChecker(tree: Tree, report: Report) {
  const extracts = new Map(
    Object.values(tree.sources).map((source) => [source.extract, source.lines]),
  );
  return (file: SourceFile, path: Path, value: string) => {
    const [extract, lines = ''] = value.split(/:(.*)/s);
    const max = extracts.get(extract!);
    if (max === undefined)
      return report(
        file,
        path,
        `basis "${value}" should start with a known extract, like 000:L66-L153`,
      );
    const problem = badLines(lines, max);
    if (problem) report(file, path, problem);
  };
}

/** Route and Annex 1 texts: names, codes and `basis` ("000:L563-L571") that exist. */
function checkAttention(tree: Tree, report: Report) {
  const basis = basisChecker(tree, report);
  const routesFile = tree.files.routes;
  const names = uniqueIds(report, 'question name');
  tree.routes.questions.forEach((question, index) => {
    names(question.name, routesFile, ['questions', index, 'name']);
    basis(routesFile, ['questions', index, 'basis'], question.basis);
  });
  basis(routesFile, ['stop', 'basis'], tree.routes.stop.basis);
  const codes = uniqueIds(report, 'route');
  tree.routes.routes.forEach((route, r) => {
    codes(route.code, routesFile, ['routes', r, 'code']);
    basis(routesFile, ['routes', r, 'basis'], route.basis);
    route.steps.forEach((step, s) => {
      basis(routesFile, ['routes', r, 'steps', s, 'basis'], step.basis);
      step.questions.forEach((name, q) => {
        if (!tree.routes.questions.some((question) => question.name === name))
          report(
            routesFile,
            ['routes', r, 'steps', s, 'questions', q],
            `unknown question "${name}"`,
          );
      });
    });
  });
  for (const code of ['four_step', 'two_step'])
    if (!tree.routes.routes.some((route) => route.code === code))
      report(routesFile, ['routes'], `the route "${code}" is missing`);
  const annexFile = tree.files.annex1;
  const profiles = uniqueIds(report, 'profile');
  const indicators = uniqueIds(report, 'indicator code');
  tree.annex1.profiles.forEach((profile, p) => {
    profiles(profile.code, annexFile, ['profiles', p, 'code']);
    basis(annexFile, ['profiles', p, 'basis'], profile.basis);
    profile.indicators.forEach((indicator, i) => {
      indicators(indicator.code, annexFile, ['profiles', p, 'indicators', i, 'code']);
      basis(annexFile, ['profiles', p, 'indicators', i, 'basis'], indicator.basis);
    });
  });
  const numbers = uniqueIds(report, 'question number');
  tree.annex1.questions.forEach((question, q) => {
    numbers(String(question.number), annexFile, ['questions', q, 'number']);
    basis(annexFile, ['questions', q, 'basis'], question.basis);
  });
}

/**
 * Follow-up practice: one per case, unique question and option ids, a single-choice question
 * with exactly one right option, a tick-all question with at least one, and a `basis` that exists.
 */
function checkFollowUps(tree: Tree, report: Report) {
  const basis = basisChecker(tree, report);
  const file = tree.files.followUp;
  const cases = uniqueIds(report, 'case');
  tree.followUp.followUps.forEach((followUp, f) => {
    const at: Path = ['followUps', f];
    cases(followUp.caseId, file, [...at, 'caseId']);
    basis(file, [...at, 'basis'], followUp.basis);
    const questions = uniqueIds(report, 'question id');
    followUp.questions.forEach((question, q) => {
      const path: Path = [...at, 'questions', q];
      questions(question.id, file, [...path, 'id']);
      basis(file, [...path, 'basis'], question.basis);
      const options = uniqueIds(report, 'option id');
      question.options.forEach((option, o) =>
        options(option.id, file, [...path, 'options', o, 'id']),
      );
      const right = question.options.filter((option) => option.right).length;
      if (question.kind === 'one' && right !== 1)
        report(
          file,
          [...path, 'options'],
          `a "one" question needs exactly one right option (found ${right})`,
        );
      if (question.kind === 'all' && right === 0)
        report(file, [...path, 'options'], 'an "all" question needs at least one right option');
    });
  });
}
