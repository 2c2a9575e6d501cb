/**
 * Breaks an axis label into lines on word boundaries, each line at most `maxWidth` wide as
 * `measure` says (Chart.js draws an array of strings as lines). A word wider than a whole line
 * keeps a line of its own, uncut: a label is never shortened, so no label ends mid-word.
 */
export function wrapLabel({
  label,
  maxWidth,
  measure,
}: {
  label: string;
  maxWidth: number;
  measure: (text: string) => number;
}): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [label];
}
