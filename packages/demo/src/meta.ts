import type { Rng } from './prng.ts';
import type { DemoMeta } from './types.ts';
import { randomUuid } from './uuid.ts';

const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * KoBo-style metadata for a record. `recent` records (last two months) are mostly not yet
 * reviewed; older ones mostly approved in the monthly verification meeting.
 */
export function makeMeta(
  rng: Rng,
  id: number,
  date: string,
  today: string,
  recent: boolean,
): DemoMeta {
  const r = rng.next();
  const status: DemoMeta['_validation_status'] = recent
    ? r < 0.15
      ? 'approved'
      : r < 0.18
        ? 'on_hold'
        : 'none'
    : r < 0.8
      ? 'approved'
      : r < 0.82
        ? 'on_hold'
        : r < 0.835
          ? 'not_approved'
          : 'none';
  const hour = date === today ? 0 : rng.range(13, 23);
  const minute = rng.int(60);
  const second = rng.int(60);
  const time = `${two(hour)}:${two(minute)}:${two(second)}`;
  return {
    _uuid: randomUuid(rng),
    _id: id,
    _submission_time: `${date}T${time}`,
    _validation_status: status,
  };
}
