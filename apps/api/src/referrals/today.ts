/**
 * Today's date (YYYY-MM-DD) in an IANA time zone: the hub's working day decides what is overdue,
 * not the server's UTC day. `clock` is the one place the referral figures read the time (tests
 * fix it).
 */
export const clock = { now: (): Date => new Date() };

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function todayIn(timeZone: string, now: Date = clock.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(now);
}
