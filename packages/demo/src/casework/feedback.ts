import type { Rng } from '../prng.ts';
import type { DemoCase } from '../types.ts';
import type { DemoFeedback } from './types.ts';

const pickWeighted = <T>(rng: Rng, pairs: readonly (readonly [T, number])[]): T => {
  let r = rng.next() * pairs.reduce((a, [, w]) => a + w, 0);
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[0]![0];
};

/** An answer may be skipped (a person owes none): about one in twenty is. */
const maybe = <T>(rng: Rng, value: T): T | null => (rng.chance(0.05) ? null : value);

/** About one attention in twelve leaves an anonymous answer, counted per hub-month. */
export function makeFeedback(rng: Rng, cases: readonly DemoCase[]): DemoFeedback[] {
  const perHubMonth = new Map<string, number>();
  for (const c of cases) {
    const key = `${c.hub}|${c.date.slice(0, 7)}`;
    perHubMonth.set(key, (perHubMonth.get(key) ?? 0) + 1);
  }
  const feedback: DemoFeedback[] = [];
  for (const [key, attentions] of perHubMonth) {
    const [hub, month] = key.split('|') as [string, string];
    const answers = Math.round(attentions / 12);
    for (let i = 0; i < answers; i++)
      feedback.push({
        hub,
        month,
        satisfaction: maybe(
          rng,
          pickWeighted(rng, [
            [5, 45],
            [4, 32],
            [3, 12],
            [2, 7],
            [1, 4],
          ]),
        ),
        clearInformation: maybe(
          rng,
          pickWeighted(rng, [
            ['yes', 80],
            ['partly', 15],
            ['no', 5],
          ]),
        ),
        respectful: maybe(
          rng,
          pickWeighted(rng, [
            ['yes', 90],
            ['partly', 8],
            ['no', 2],
          ]),
        ),
        waiting: maybe(
          rng,
          pickWeighted(rng, [
            ['under_15', 55],
            ['15_60', 35],
            ['over_60', 10],
          ]),
        ),
        recommend: maybe(
          rng,
          pickWeighted(rng, [
            ['yes', 82],
            ['unsure', 13],
            ['no', 5],
          ]),
        ),
      });
  }
  return feedback;
}
