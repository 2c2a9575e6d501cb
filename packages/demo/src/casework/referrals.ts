import { deriveProfiles } from '@ventanilla/domain/form/derive-case';
import type { Rng } from '../prng.ts';
import type { DemoCase, DirectoryEntry } from '../types.ts';
import { addDays, daysBetween, minDate } from './dates.ts';
import { ASSISTANCE, CONTACT_PEOPLE, OUTCOME_NOTES, SITUATIONS } from './texts.ts';
import type { DemoReferral } from './types.ts';

/**
 * Days before today each hub's latest referrals were sent (newest first): just sent, not yet
 * due, due today (8 days) and overdue, so every hub's worklist shows each case.
 */
const LATEST_SENT: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 6],
  [8, 8],
  [10, 14],
];

const OUTCOMES = [
  ['resolved', 10],
  ['partly', 5],
  ['not_resolved', 2],
  ['declined', 2],
  ['lost_contact', 3],
] as const;

function pickOutcome(rng: Rng): NonNullable<DemoReferral['outcome']> {
  let r = rng.next() * OUTCOMES.reduce((a, [, w]) => a + w, 0);
  for (const [code, w] of OUTCOMES) if ((r -= w) < 0) return code;
  return 'resolved';
}

/** The open state of a referral sent `age` days ago: older ones have moved further. */
function openState(rng: Rng, age: number): DemoReferral['state'] {
  if (age < 3) return rng.chance(0.3) ? 'planned' : 'sent';
  return sentState(rng);
}

const sentState = (rng: Rng) => rng.pick(['sent', 'sent', 'received', 'attended'] as const);

/**
 * Referrals for a share of the cases with signs of vulnerability that were referred (A.11
 * `referred_*`): with both consents, to the directory entry named on the case. Referrals of the
 * last weeks are open (some due, some overdue), older ones mostly closed with an outcome.
 */
export function makeReferrals(
  rng: Rng,
  cases: readonly DemoCase[],
  directory: readonly DirectoryEntry[],
  today: string,
): DemoReferral[] {
  const byName = new Map(directory.map((d) => [`${d.hub}|${d.organization}`, d]));
  const referrals: DemoReferral[] = [];
  const referred = cases.filter(
    (c) =>
      c.a14_vulnerability === 'yes' &&
      [c.a11_action_1, c.a11_action_2, c.a11_action_3].some((a) => a?.startsWith('referred_')) &&
      rng.chance(0.6),
  );
  // Every hub's latest few stay open, so each worklist has something due even on a small seed.
  // Each slot takes the hub's latest referred case old enough to have been sent that long ago.
  const latest = new Map<DemoCase, number>();
  const newestFirst = [...referred].reverse();
  for (const hub of new Set(referred.map((c) => c.hub)))
    LATEST_SENT.forEach(([, longest], k) => {
      const c = newestFirst.find(
        (x) => x.hub === hub && !latest.has(x) && x.date <= addDays(today, -longest),
      );
      if (c) latest.set(c, k);
    });
  for (const c of referred) {
    const slot = ([1, 2, 3] as const).find((n) => c[`a11_action_${n}`]?.startsWith('referred_'))!;
    const action = c[`a11_action_${slot}`]!;
    const org = c[`a11_referral_org_${slot}`] ?? 'Institución local';
    const entry = byName.get(`${c.hub}|${org}`);
    const profiles = deriveProfiles({ vulnerability: 'yes', types: c.a14_vulnerability_types });
    const profile = profiles.find((p) => p !== 'none');
    const section5 = profile !== undefined && rng.chance(0.35);
    const age = daysBetween(c.date, today);
    // Recent cases (and a few older ones left behind) are still open.
    const recent = age <= 45 || latest.has(c);
    const open = latest.has(c) || (recent ? rng.chance(0.75) : rng.chance(0.01));
    let sentOn: string | null = minDate(addDays(c.date, rng.range(0, 2)), today);
    let state: DemoReferral['state'];
    let closedOn: string | null = null;
    let outcome: DemoReferral['outcome'] = null;
    if (open) {
      // Sent within the last two weeks: follow-ups fall due 8 days after, so some are overdue.
      const k = latest.get(c);
      if (k !== undefined) sentOn = addDays(today, -rng.range(...LATEST_SENT[k]!));
      else if (recent) sentOn = addDays(today, -rng.range(0, 14));
      if (sentOn < c.date) sentOn = c.date;
      // The latest are sent at least (a planned one has no follow-up date yet).
      state = k === undefined ? openState(rng, daysBetween(sentOn, today)) : sentState(rng);
      if (state === 'planned') sentOn = null;
    } else {
      state = 'closed';
      outcome = pickOutcome(rng);
      if (outcome === 'declined' && rng.chance(0.5)) sentOn = null;
      closedOn = minDate(addDays(sentOn ?? c.date, rng.range(2, 40)), today);
    }
    referrals.push({
      caseUuid: c._meta._uuid,
      hub: c.hub,
      action,
      profile: section5 ? profile : null,
      directoryEntryId: entry?.id ?? null,
      institution: entry?.organization ?? org,
      contactPerson: rng.chance(0.7) ? rng.pick(CONTACT_PEOPLE) : null,
      contactPhone: entry?.phone ?? null,
      contactEmail: entry?.email ?? null,
      situation: section5 ? rng.pick(SITUATIONS[profile]!) : null,
      assistance: section5 ? rng.pick(ASSISTANCE) : null,
      consentToRefer: true,
      consentToShare: state === 'planned' ? rng.chance(0.5) : true,
      state,
      sentOn,
      followUpOn: sentOn ? addDays(sentOn, 8) : null,
      closedOn,
      outcome,
      outcomeNote: outcome ? rng.pick(OUTCOME_NOTES[outcome]!) : null,
    });
  }
  return referrals;
}
