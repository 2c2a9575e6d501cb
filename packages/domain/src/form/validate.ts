import type { HubsRecord, RawRecord } from './record.ts';
import { readRecordType } from './rules/context.ts';
import { ruleChecks } from './rules/index.ts';
import type { Violation } from './rules/violation.ts';

/** Today's date in UTC as YYYY-MM-DD (`today_utc`, §6.0). */
export function getTodayUtc({ now = new Date() }: { now?: Date } = {}): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Runs every rule of FORM.md §6 on a normalized canonical record (see `normalizeRecord`) and
 * returns every violation, errors and warnings, in rule order; it never stops at the first.
 * Case rules run only on cases and activity rules only on activities (R3 scope).
 */
export function validateRecord({
  record,
  hubCountry,
  today = getTodayUtc(),
}: {
  record: HubsRecord | RawRecord;
  /** §2.4: the hub's country from the registry; leave undefined while `hub` = `other`. */
  hubCountry?: string | null;
  /** `today_utc` as YYYY-MM-DD; defaults to the current UTC date. */
  today?: string;
}): Violation[] {
  const raw = record as RawRecord;
  const violations: Violation[] = [];
  for (const check of checksByType.get(readRecordType(raw))!)
    violations.push(...check({ record: raw, hubCountry, today }));
  return violations;
}

// The rules of each record type, in rule order, chosen once rather than for every record.
const checksByType = new Map(
  (['case', 'activity', null] as const).map((type) => [
    type,
    ruleChecks.filter(({ scope }) => scope === 'all' || scope === type).map(({ check }) => check),
  ]),
);
