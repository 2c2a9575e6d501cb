import { describe, expect, it } from 'vitest';
import { audienceScale, classifyAudience } from './audiences.ts';
import {
  audienceAxisTicks,
  audienceThresholdShare,
  locateLabelRoom,
  locateQuadrantArea,
  placeOnAudienceAxis,
  readAudienceAxis,
} from './audience-axis.ts';

const scores = Array.from({ length: audienceScale.max }, (_, i) => i + audienceScale.min);

describe('audience matrix axis', () => {
  it('gives every score an equal band and places it at the band centre', () => {
    expect(placeOnAudienceAxis({ value: 1 })).toBeCloseTo(0.05);
    expect(placeOnAudienceAxis({ value: 6 })).toBeCloseTo(0.55);
    expect(placeOnAudienceAxis({ value: 10 })).toBeCloseTo(0.95);
    const steps = scores
      .slice(1)
      .map((v) => placeOnAudienceAxis({ value: v }) - placeOnAudienceAxis({ value: v - 1 }));
    for (const step of steps) expect(step).toBeCloseTo(0.1);
  });

  it('puts the quadrant boundary at the domain threshold: interest 6 is past it, 5 is not', () => {
    expect(audienceThresholdShare).toBeCloseTo(0.5);
    for (const interest of scores)
      for (const power of [1, 10]) {
        const highByPosition = placeOnAudienceAxis({ value: interest }) > audienceThresholdShare;
        const quadrant = classifyAudience({ interest, power });
        expect(highByPosition).toBe(quadrant === 'priority' || quadrant === 'keepInformed');
      }
  });

  it('draws each quadrant around exactly the positions it classifies', () => {
    for (const interest of scores)
      for (const power of scores) {
        const area = locateQuadrantArea({ quadrant: classifyAudience({ interest, power }) });
        const x = placeOnAudienceAxis({ value: interest });
        const y = placeOnAudienceAxis({ value: power });
        expect(x).toBeGreaterThan(area.left);
        expect(x).toBeLessThan(area.left + area.width);
        expect(y).toBeGreaterThan(area.bottom);
        expect(y).toBeLessThan(area.bottom + area.height);
      }
  });

  it('reads a dropped position back as the score of its band', () => {
    for (const value of scores)
      expect(readAudienceAxis({ share: placeOnAudienceAxis({ value }) })).toBe(value);
    expect(readAudienceAxis({ share: 0 })).toBe(1);
    expect(readAudienceAxis({ share: 0.15 })).toBe(2);
    expect(readAudienceAxis({ share: 1 })).toBe(10);
    expect(readAudienceAxis({ share: 1.4 })).toBe(10);
  });

  it('keeps out-of-scale scores on the board', () => {
    expect(placeOnAudienceAxis({ value: 14 })).toBeCloseTo(0.95);
    expect(placeOnAudienceAxis({ value: Number.NaN })).toBeCloseTo(0.05);
  });

  it('lists one tick per score', () => {
    expect(audienceAxisTicks.map((t) => t.value)).toEqual(scores);
    expect(audienceAxisTicks[5]!.share).toBeCloseTo(0.55);
  });

  it('writes names towards the farther edge of their own half, never across the divider', () => {
    expect(locateLabelRoom({ value: 1 })).toEqual({ side: 'right', room: expect.closeTo(0.45) });
    expect(locateLabelRoom({ value: 5 })).toEqual({ side: 'left', room: expect.closeTo(0.45) });
    expect(locateLabelRoom({ value: 6 })).toEqual({ side: 'right', room: expect.closeTo(0.45) });
    expect(locateLabelRoom({ value: 10 })).toEqual({ side: 'left', room: expect.closeTo(0.45) });
    for (const value of scores) {
      const { side, room } = locateLabelRoom({ value });
      const share = placeOnAudienceAxis({ value });
      const reach = side === 'right' ? share + room : share - room;
      const high = share > audienceThresholdShare;
      if (high) expect(reach).toBeGreaterThanOrEqual(audienceThresholdShare - 1e-9);
      else expect(reach).toBeLessThanOrEqual(audienceThresholdShare + 1e-9);
      expect(reach).toBeGreaterThanOrEqual(-1e-9);
      expect(reach).toBeLessThanOrEqual(1 + 1e-9);
    }
  });
});
