import { defaultPerturbation, type PerturbationParams } from '@ventanilla/domain/monitoring/index';
import { canDo, hasPersonalDataClearance } from '../auth/access.ts';
import type { Context } from '../context.ts';

/**
 * How the figures of one answer leave the API: exact for callers cleared for the records behind
 * them (admins; officers and coordinators, whose queries only reach their own hubs), or after an
 * audited reveal (a reason, or an open verification meeting of that month); perturbed by the
 * cell key method for everyone else (reviewers).
 */
export type Protection =
  | { exact: true; why: 'clearance' | 'reveal' | 'meeting' | 'published' }
  | { exact: false; params: PerturbationParams };

/** k of the perturbation (DISCLOSURE_K, default 5; SUPPRESSION_K is read for old configurations). */
export function perturbationParams(): PerturbationParams {
  const k = Number(process.env.DISCLOSURE_K ?? process.env.SUPPRESSION_K);
  return Number.isInteger(k) && k >= 2 ? { ...defaultPerturbation, k } : defaultPerturbation;
}

export const exactFor = (why: 'clearance' | 'reveal' | 'meeting'): Protection => ({
  exact: true,
  why,
});

/** The protection of the caller's figures when nothing has been revealed. */
export function protectionOf(ctx: Context): Protection {
  return ctx.user && hasPersonalDataClearance(ctx.user.role)
    ? exactFor('clearance')
    : { exact: false, params: perturbationParams() };
}

/**
 * The protection of referral figures: exact only for the hub staff who may read the referrals
 * themselves (`referral.read`, their own hubs); perturbed for everyone else, admins included,
 * since referrals are kept even from admins (docs/data-protection.md).
 */
export function referralProtectionOf(ctx: Context): Protection {
  return ctx.user && canDo(ctx.user.role, 'referral.read')
    ? exactFor('clearance')
    : { exact: false, params: perturbationParams() };
}
