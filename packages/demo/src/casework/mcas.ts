import { INSTITUTIONS } from '../institutions.ts';
import { fakeCommunity, fakeName } from '../names.ts';
import type { Rng } from '../prng.ts';
import type { DemoHub } from '../types.ts';
import { randomUuid } from '../uuid.ts';
import { addDays, maxDate, minDate } from './dates.ts';
import {
  CHECK_IN_NOTES,
  MCA_FOLLOW_UPS,
  MCA_INTERVENTIONS,
  MCA_PLACES,
  MCA_SITUATIONS,
  MCA_WORKPLACES,
} from './texts.ts';
import type { DemoMca } from './types.ts';

/** Check-ins and actions reach back this far: the roster's recent life, not its whole history. */
const HISTORY_DAYS = 180;

const phone = (rng: Rng, hub: DemoHub) =>
  `${INSTITUTIONS[hub.country].phone[0]} 555-01${String(rng.int(100)).padStart(2, '0')}`;

/**
 * A few MCAs per active hub (Annex 5). Per hub the first has a letter ending within three weeks
 * and the second was last contacted 12 to 18 days ago (overdue); the others were seen this week.
 */
export function makeMcas(rng: Rng, hubs: readonly DemoHub[], start: string, today: string) {
  const mcas: DemoMca[] = [];
  for (const hub of hubs.filter((h) => h.active)) {
    const count = rng.range(3, 5);
    for (let i = 0; i < count; i++) {
      // The first joined a year ago, so the letter they signed then is about to end.
      const joinedOn =
        i === 0
          ? addDays(today, rng.range(5, 20) - 365)
          : minDate(addDays(start, rng.int(400)), addDays(today, -30));
      const letters = [{ signedOn: joinedOn, until: addDays(joinedOn, 365) as string | null }];
      // Renew yearly; the first MCA's current letter ends soon, one in four has an open letter.
      while (letters.at(-1)!.until! <= today) {
        const signedOn = letters.at(-1)!.until!;
        letters.push({ signedOn, until: addDays(signedOn, 365) });
      }
      if (i > 0 && rng.chance(0.25)) letters.at(-1)!.until = null;
      const lastCheckIn = addDays(today, i === 1 ? -rng.range(12, 18) : -rng.range(0, 6));
      const checkIns: DemoMca['checkIns'] = [];
      const from = maxDate(joinedOn, addDays(today, -HISTORY_DAYS));
      for (let on = lastCheckIn; on > from; on = addDays(on, -rng.range(7, 10)))
        checkIns.unshift({
          on,
          channel: rng.pick(['in_person', 'phone', 'phone', 'message'] as const),
          note: rng.chance(0.5) ? rng.pick(CHECK_IN_NOTES) : null,
        });
      const actions: DemoMca['actions'] = [];
      for (
        let on = addDays(from, rng.range(1, 12));
        on <= today;
        on = addDays(on, rng.range(6, 20))
      )
        actions.push({
          on,
          place: rng.pick(MCA_PLACES),
          situation: rng.pick(MCA_SITUATIONS),
          intervention: rng.pick(MCA_INTERVENTIONS),
          minutes: rng.pick([15, 20, 30, 45, 60, 90]),
          type: rng.chance(0.55) ? 'channelling' : 'direct_attention',
          followUp: rng.chance(0.7) ? rng.pick(MCA_FOLLOW_UPS) : null,
        });
      const woman = rng.chance(0.6);
      mcas.push({
        id: randomUuid(rng),
        hub: hub.code,
        name: `${fakeName(rng, 'XXX', woman)} (ejemplo)`,
        phone: phone(rng, hub),
        address: `${fakeCommunity(rng, hub.country)}, casa ${rng.range(1, 99)} (ficticia)`,
        workplace: rng.pick(MCA_WORKPLACES),
        referenceName: `${fakeName(rng, 'XXX', !woman)} (ejemplo)`,
        referencePhone: phone(rng, hub),
        community: fakeCommunity(rng, hub.country),
        joinedOn,
        leftOn: null,
        letters,
        checkIns,
        actions,
      });
    }
  }
  return mcas;
}
