import type { Slot } from '../fields.ts';
import { isReferralAction } from '../options/action.ts';
import { overLimitSlotPattern } from '../normalize.ts';
import { createViolation, isEmpty, isSet, slotFields, type RuleCheck } from './context.ts';
import type { Violation } from './violation.ts';

/** The most services a case can carry (R21). */
export const maxServices = 3;

const slots: readonly Slot[] = [1, 2, 3];

/** R19 · At least one service. */
export const checkFirstServiceSet: RuleCheck = ({ record }) =>
  isEmpty(record.a10_service_1)
    ? [createViolation({ rule: 'R19', fields: ['a10_service_1'] })]
    : [];

/** R20 · Service slots without gaps (reported on the later slot). */
export const checkSlotsWithoutGaps: RuleCheck = ({ record }) =>
  ([2, 3] as const)
    .filter((n) => isSet(record[`a10_service_${n}`]) && isEmpty(record[`a10_service_${n - 1}`]))
    .map((n) =>
      createViolation({
        rule: 'R20',
        fields: [`a10_service_${n}`],
        slot: n,
        values: { n, 'n−1': n - 1 },
      }),
    );

/**
 * R21 · At most three services, for API input given as a list: returns the violation when the
 * list has more than 3 items (the caller turns list items into slots 1–3 first).
 */
export function checkServiceCount({ count }: { count: number }): Violation[] {
  return count > maxServices ? [createViolation({ rule: 'R21', fields: ['a10_service_1'] })] : [];
}

/** R21 · At most three services: any set column of a slot above 3 (import, §7.2). */
export const checkNoServiceBeyondThree: RuleCheck = ({ record }) => {
  const fields = Object.keys(record).filter(
    (key) => overLimitSlotPattern.test(key) && isSet(record[key]),
  );
  return fields.length ? [createViolation({ rule: 'R21', fields })] : [];
};

/** R22 · Each service needs an action. */
export const checkServiceHasAction: RuleCheck = ({ record }) =>
  slots
    .filter((n) => isSet(record[slotFields(n).service]) && isEmpty(record[slotFields(n).action]))
    .map((n) =>
      createViolation({ rule: 'R22', fields: [slotFields(n).action], slot: n, values: { n } }),
    );

/** R23 · An empty slot carries no details. */
export const checkEmptySlotHasNoDetails: RuleCheck = ({ record }) =>
  slots.flatMap((n) => {
    const f = slotFields(n);
    if (isSet(record[f.service])) return [];
    const fields = [f.serviceOther, f.action, f.actionOther, f.referralOrg].filter((name) =>
      isSet(record[name]),
    );
    return fields.length ? [createViolation({ rule: 'R23', fields, slot: n, values: { n } })] : [];
  });

/** R24 · A referral needs the organization. */
export const checkReferralHasOrganization: RuleCheck = ({ record }) =>
  slots
    .filter((n) => {
      const f = slotFields(n);
      return (
        isReferralAction({ code: record[f.action] as string }) && isEmpty(record[f.referralOrg])
      );
    })
    .map((n) =>
      createViolation({ rule: 'R24', fields: [slotFields(n).referralOrg], slot: n, values: { n } }),
    );

/** R25 · An organization only for referral actions. */
export const checkOrganizationOnlyForReferral: RuleCheck = ({ record }) =>
  slots
    .filter((n) => {
      const f = slotFields(n);
      return (
        isSet(record[f.referralOrg]) && !isReferralAction({ code: record[f.action] as string })
      );
    })
    .map((n) =>
      createViolation({ rule: 'R25', fields: [slotFields(n).referralOrg], slot: n, values: { n } }),
    );

function isPlainSlot(service: unknown, action: unknown): boolean {
  return (
    typeof service === 'string' &&
    typeof action === 'string' &&
    service !== '' &&
    action !== '' &&
    service !== 'other' &&
    action !== 'other' &&
    !isReferralAction({ code: action })
  );
}

/** R26 · No repeated slot (same service and action, no free text or organization involved). */
export const checkNoRepeatedSlot: RuleCheck = ({ record }) =>
  ([2, 3] as const).flatMap((n) => {
    const later = slotFields(n);
    const service = record[later.service];
    const action = record[later.action];
    if (!isPlainSlot(service, action)) return [];
    const m = ([1, 2] as const).find(
      (m) =>
        m < n &&
        record[slotFields(m).service] === service &&
        record[slotFields(m).action] === action,
    );
    return m === undefined
      ? []
      : [
          createViolation({
            rule: 'R26',
            fields: [later.service, later.action],
            slot: n,
            values: { n, m },
          }),
        ];
  });
