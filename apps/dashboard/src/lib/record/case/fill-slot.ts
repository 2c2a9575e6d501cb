import { sectorsByAction, type ReferralCondition } from '@ventanilla/domain/attention/referral';
import type { DirectoryEntry } from '#lib/server/records.ts';
import { readText, type FormValues } from '../form-values.ts';

/** The A.10 service that goes with a referral action, for an empty slot. */
const serviceForAction: Record<string, string> = {
  referred_child_protection: 'protection',
  referred_refugee_authority: 'asylum_refugee_info',
  referred_trafficking_authority: 'protection',
  referred_emergency_protection: 'protection',
  referred_health: 'health',
  referred_shelter: 'shelter',
  referred_employment: 'employment',
};

/**
 * A suggested directory entry put into the first service slot without a referral organization
 * (the last one when all are taken): the slot's service if empty, the referral action, the
 * organization, and the questions that open slots 2 and 3.
 */
export function fillSlotFromEntry({
  values,
  condition,
  entry,
}: {
  values: FormValues;
  condition: ReferralCondition;
  entry: DirectoryEntry;
}): { values: FormValues; slot: number } {
  const slot = [1, 2, 3].find((n) => !readText(values, `a11_referral_org_${n}`)) ?? 3;
  const action =
    condition.actions.find((a) => sectorsByAction[a]?.includes(entry.sector as never)) ??
    condition.actions[0]!;
  const next: FormValues = { ...values };
  if (slot >= 2) next.a12_another_service = 'yes';
  if (slot === 3) next.a13_another_service = 'yes';
  if (!readText(next, `a10_service_${slot}`))
    next[`a10_service_${slot}`] = serviceForAction[action] ?? 'protection';
  next[`a11_action_${slot}`] = action;
  next[`a11_referral_org_${slot}`] = entry.organization;
  return { values: next, slot };
}
