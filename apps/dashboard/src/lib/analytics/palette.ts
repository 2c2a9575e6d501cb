/**
 * Okabe–Ito, a palette told apart with the common colour-vision deficiencies (Okabe & Ito
 * 2008), in an order that keeps neighbours distinct; blue first for single-series charts.
 */
export const palette = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#000000', // black
] as const;

export function colourAt(index: number): string {
  return palette[index % palette.length]!;
}
