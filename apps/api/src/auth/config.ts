function positiveNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Session and login limits, from the environment with safe defaults. */
export function readAuthConfig() {
  return {
    idleMinutes: positiveNumber(process.env.SESSION_IDLE_MINUTES, 30),
    lifetimeHours: positiveNumber(process.env.SESSION_LIFETIME_HOURS, 12),
    maxFailedLogins: positiveNumber(process.env.LOGIN_MAX_FAILURES, 5),
    lockMinutes: positiveNumber(process.env.LOGIN_LOCK_MINUTES, 15),
  };
}
