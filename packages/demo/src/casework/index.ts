import type { DemoPlan } from '../plan.ts';
import { Rng } from '../prng.ts';
import type { DemoCase } from '../types.ts';
import { makeFeedback } from './feedback.ts';
import { makeMcas } from './mcas.ts';
import { makeReferrals } from './referrals.ts';
import type { DemoCasework } from './types.ts';
import { makeVisits } from './visits.ts';

/** Streams of their own, so the casework never shifts the cases and activities drawn before it. */
const MCA_STREAM = 11;
const REFERRAL_STREAM = 12;
const VISIT_STREAM = 13;
const FEEDBACK_STREAM = 14;

/** Issue 16's casework for the generated cases (the full demo's `casework` option). */
export function generateCasework(plan: DemoPlan, cases: readonly DemoCase[]): DemoCasework {
  const start = `${plan.months[0]?.month ?? plan.today.slice(0, 7)}-01`;
  const mcas = makeMcas(new Rng(plan.seed, MCA_STREAM), plan.hubs, start, plan.today);
  const referrals = makeReferrals(
    new Rng(plan.seed, REFERRAL_STREAM),
    cases,
    plan.directory,
    plan.today,
  );
  const visits = makeVisits(new Rng(plan.seed, VISIT_STREAM), cases, mcas);
  const feedback = makeFeedback(new Rng(plan.seed, FEEDBACK_STREAM), cases);
  return { mcas, referrals, ...visits, feedback };
}

export type * from './types.ts';
