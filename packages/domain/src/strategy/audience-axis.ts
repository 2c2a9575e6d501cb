import { audienceScale, clampScore, type AudienceQuadrant } from './audiences.ts';

/**
 * The interest × power matrix drawn to scale. Each whole score owns an equal band of an axis
 * and sits at its band's centre, so positions are proportional to the scores and the boundary
 * between "low" and "high" falls exactly where `audienceScale.highFrom` begins. Shares run from
 * 0 (left / bottom) to 1 (right / top); the apps turn them into percentages.
 */
const bands = audienceScale.max - audienceScale.min + 1;

/** Where a score sits along an axis (0–1), at the centre of its band. */
export function placeOnAudienceAxis({ value }: { value: number }): number {
  return (clampScore({ value }) - audienceScale.min + 0.5) / bands;
}

/** Where the quadrant boundary lies on both axes: the start of the first "high" band. */
export const audienceThresholdShare = (audienceScale.highFrom - audienceScale.min) / bands;

/** The score of the band under a position (a drop on the board), kept inside the scale. */
export function readAudienceAxis({ share }: { share: number }): number {
  const band = Math.min(bands - 1, Math.max(0, Math.floor(share * bands)));
  return band + audienceScale.min;
}

/** One tick per score, for the axis labels. */
export const audienceAxisTicks: readonly { value: number; share: number }[] = Array.from(
  { length: bands },
  (_, i) => ({
    value: i + audienceScale.min,
    share: placeOnAudienceAxis({ value: i + audienceScale.min }),
  }),
);

export type QuadrantArea = { left: number; bottom: number; width: number; height: number };

/** The area of a quadrant (shares of the board), split at the threshold on both axes. */
export function locateQuadrantArea({ quadrant }: { quadrant: AudienceQuadrant }): QuadrantArea {
  const t = audienceThresholdShare;
  const highInterest = quadrant === 'priority' || quadrant === 'keepInformed';
  const highPower = quadrant === 'priority' || quadrant === 'keepSatisfied';
  return {
    left: highInterest ? t : 0,
    width: highInterest ? 1 - t : t,
    bottom: highPower ? t : 0,
    height: highPower ? 1 - t : t,
  };
}

/**
 * Where a name written beside a point can go without crossing into the other half of the
 * board (so a label never sits in a quadrant its audience is not in): towards the farther edge
 * of the point's own half, and how much room (share of the axis) that leaves.
 */
export function locateLabelRoom({ value }: { value: number }): {
  side: 'right' | 'left';
  room: number;
} {
  const share = placeOnAudienceAxis({ value });
  const [start, end] =
    share < audienceThresholdShare ? [0, audienceThresholdShare] : [audienceThresholdShare, 1];
  return end - share >= share - start
    ? { side: 'right', room: end - share }
    : { side: 'left', room: share - start };
}
