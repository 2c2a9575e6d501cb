/**
 * Small-cell suppression for disaggregated tables (API.md `disaggregation`, FORM.md 8.5).
 *
 * Method:
 * 1. Primary: every cell whose value is 1..k−1 is suppressed.
 * 2. Complementary: a *line* is the set of cells that share every key except the one of a
 *    single-valued dimension d. Along such a line the cells add up to a figure the caller can
 *    learn (the `total` for a one-dimensional table, a marginal from another query otherwise),
 *    and absent cells are known to be 0. So a line holding exactly one suppressed cell gives it
 *    away (line sum − visible cells). For each such line we suppress one more cell: the
 *    smallest unsuppressed non-zero cell of the line; when the line has none, a zero cell (a
 *    code of d's code list missing from the line, first in list order) is added as a suppressed
 *    cell, so that the viewer cannot tell which of the two holds the value. Suppressing a cell
 *    can leave another line with a single suppressed cell, so we repeat until nothing changes
 *    (a fixed point; it terminates because each pass suppresses at least one more cell and
 *    the code lists are finite).
 * Multi-valued dimensions (a record in several cells) are not additive along their own lines,
 * so only lines along single-valued dimensions are protected.
 */
export type TableCell = { readonly keys: readonly string[]; readonly value: number };
export type SuppressedCell = { keys: string[]; value: number; suppressed: boolean };

export type SuppressionInput = {
  cells: readonly TableCell[];
  /** Per dimension (in key order): true when it is single-valued (additive along its lines). */
  singleValued: readonly boolean[];
  /** Threshold: values 1..k−1 are suppressed. */
  k?: number;
  /** Per dimension: every possible key, for zero complements (null: none can be added). */
  codes?: readonly (readonly string[] | null)[];
};

export const defaultSuppressionThreshold = 5;

const sep = '\u0000';

/** Applies primary and complementary suppression; returns the cells (plus zero complements). */
export function suppressCells({
  cells,
  singleValued,
  k = defaultSuppressionThreshold,
  codes = [],
}: SuppressionInput): { cells: SuppressedCell[]; suppressedCount: number } {
  const out: SuppressedCell[] = cells.map((c) => ({
    keys: [...c.keys],
    value: c.value,
    suppressed: c.value >= 1 && c.value < k,
  }));
  const index = new Map(out.map((c, i) => [c.keys.join(sep), i]));
  const lineOf = (keys: readonly string[], d: number) =>
    `${d}${sep}${keys.filter((_, i) => i !== d).join(sep)}`;

  for (let changed = true; changed;) {
    changed = false;
    for (let d = 0; d < singleValued.length; d++) {
      if (!singleValued[d]) continue;
      const lines = new Map<string, number[]>();
      for (let i = 0; i < out.length; i++) {
        const id = lineOf(out[i]!.keys, d);
        const line = lines.get(id);
        if (line) line.push(i);
        else lines.set(id, [i]);
      }
      for (const members of lines.values()) {
        if (members.filter((i) => out[i]!.suppressed).length !== 1) continue;
        let pick = -1;
        for (const i of members) {
          const c = out[i]!;
          if (c.suppressed || c.value === 0) continue;
          if (pick < 0 || c.value < out[pick]!.value) pick = i;
        }
        if (pick >= 0) {
          out[pick]!.suppressed = true;
          changed = true;
          continue;
        }
        const template = out[members[0]!]!.keys;
        const present = new Set(members.map((i) => out[i]!.keys[d]));
        const code = codes[d]?.find((c) => !present.has(c));
        if (code === undefined) continue;
        const keys = template.map((key, i) => (i === d ? code : key));
        index.set(keys.join(sep), out.length);
        out.push({ keys, value: 0, suppressed: true });
        changed = true;
      }
    }
  }
  return { cells: out, suppressedCount: out.filter((c) => c.suppressed).length };
}
