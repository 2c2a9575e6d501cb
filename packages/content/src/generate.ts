import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTree } from './load.ts';
import { outputs, render } from './render.ts';

export type GenerateResult = { written: string[]; stale: string[] };

/**
 * Loads and checks the content at `root`, then writes the generated modules, or with
 * `check` only lists those that differ from what the YAML gives.
 */
export function generate({
  root,
  check = false,
}: {
  root: string;
  check?: boolean;
}): GenerateResult {
  const texts = render(loadTree(root));
  const result: GenerateResult = { written: [], stale: [] };
  for (const key of Object.keys(outputs) as (keyof typeof outputs)[]) {
    const file = join(root, outputs[key]);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // A missing file is stale.
    }
    if (current === texts[key]) continue;
    if (check) result.stale.push(outputs[key]);
    else {
      writeFileSync(file, texts[key]);
      result.written.push(outputs[key]);
    }
  }
  return result;
}
