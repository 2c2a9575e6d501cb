import { deriveProfiles } from '@ventanilla/domain/form/derive-case';
import type { Rng } from '../prng.ts';
import type { DemoCase, DirectoryEntry } from '../types.ts';
import { addDays, daysBetween, minDate } from './dates.ts';
import { ASSISTANCE, CONTACT_PEOPLE, OUTCOME_NOTES, SITUATIONS } from './texts.ts';
import type { DemoReferral } from './types.ts';

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
  return rng.pick(['sent', 'sent', 'received', 'attended'] as const);
}

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
  for (const c of cases) {
    if (c.a14_vulnerability !== 'yes' || !rng.chance(0.6)) continue;
    const slot = ([1, 2, 3] as const).find((n) => c[`a11_action_${n}`]?.startsWith('referred_'));
    if (!slot) continue;
    const action = c[`a11_action_${slot}`]!;
    const org = c[`a11_referral_org_${slot}`] ?? 'Institución local';
    const entry = byName.get(`${c.hub}|${org}`);
    const profiles = deriveProfiles({ vulnerability: 'yes', types: c.a14_vulnerability_types });
    const profile = profiles.find((p) => p !== 'none');
    const section5 = profile !== undefined && rng.chance(0.35);
    const age = daysBetween(c.date, today);
    // Recent cases (and a few older ones left behind) are still open.
    const open = age <= 45 ? rng.chance(0.75) : rng.chance(0.01);
    let sentOn: string | null = minDate(addDays(c.date, rng.range(0, 2)), today);
    let state: DemoReferral['state'];
    let closedOn: string | null = null;
    let outcome: DemoReferral['outcome'] = null;
    if (open) {
      // Sent within the last two weeks: follow-ups fall due 8 days after, so some are overdue.
      if (age <= 45) sentOn = minDate(addDays(today, -rng.range(0, 14)), today);
      if (sentOn < c.date) sentOn = c.date;
      state = openState(rng, daysBetween(sentOn, today));
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
