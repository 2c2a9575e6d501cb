import {
  audienceAxisTicks,
  audienceQuadrants,
  audienceThresholdShare,
  locateLabelRoom,
  locateQuadrantArea,
  type AudienceQuadrant,
} from '@ventanilla/domain/strategy/index';

const percent = (share: number) => `${Number((share * 100).toFixed(4))}%`;

/**
 * The audience matrix's geometry as a stylesheet, computed from the domain's axis. The pages'
 * Content-Security-Policy forbids inline style attributes, so positions cannot be written on
 * each token; classes named after the scores (`matrix-x-6`) carry them instead, and the
 * numbers stay in packages/domain.
 */
export function writeMatrixStylesheet(): string {
  const rules: string[] = [];
  for (const { value, share } of audienceAxisTicks) {
    rules.push(`.matrix-x-${value}{left:${percent(share)}}`);
    rules.push(`.matrix-y-${value}{bottom:${percent(share)}}`);
    // Names beside the dot go towards the farther edge of the dot's half, and fit in it
    // (cqi: a hundredth of the board's width; 0.9rem leaves the dot and its gap).
    const { side, room } = locateLabelRoom({ value });
    if (side === 'left')
      rules.push(`.board .matrix-x-${value}>.names{left:auto;right:0.6rem;align-items:flex-end}`);
    rules.push(
      `.board .matrix-x-${value} .token{max-width:min(8.5rem,calc(${Number((room * 100).toFixed(4))}cqi - 0.9rem))}`,
    );
  }
  for (const quadrant of Object.keys(audienceQuadrants) as AudienceQuadrant[]) {
    const area = locateQuadrantArea({ quadrant });
    rules.push(
      `.matrix-q-${quadrant}{left:${percent(area.left)};bottom:${percent(area.bottom)};` +
        `width:${percent(area.width)};height:${percent(area.height)}}`,
    );
  }
  rules.push(`.matrix-divider-x{left:${percent(audienceThresholdShare)}}`);
  rules.push(`.matrix-divider-y{bottom:${percent(audienceThresholdShare)}}`);
  return rules.join('\n') + '\n';
}
