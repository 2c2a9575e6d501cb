import { cpus, totalmem } from 'node:os';

/** The median of timings (the mean of the two middle ones for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The 90th percentile of timings (nearest rank). */
export function p90(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1]!;
}

/** Runs `f` and prints how long it took as `<what>: <seconds> s`. */
export async function timed<T>(what: string, f: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await f();
  console.log(`${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return out;
}

/** The first line of a benchmark's output: the machine it ran on. */
export function describeMachine(): string {
  return `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}
