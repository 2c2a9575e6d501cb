import { readTimeZone } from '@ventanilla/ui/server';

/**
 * The zone in which onboarding states dates (steps done, due dates, sign-offs, campaign edits):
 * ONBOARDING_TIME_ZONE, else the dashboard's DASHBOARD_TIME_ZONE so one setting serves a
 * deployment, else Costa Rica's. The server itself runs in UTC.
 */
export function readOnboardingTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  return readTimeZone(env.ONBOARDING_TIME_ZONE || env.DASHBOARD_TIME_ZONE);
}
