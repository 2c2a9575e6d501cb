import { describe, expect, it } from 'vitest';
import { readOnboardingTimeZone } from './time-zone.ts';

describe('readOnboardingTimeZone', () => {
  it('reads ONBOARDING_TIME_ZONE first, then the dashboard’s, then Costa Rica', () => {
    expect(
      readOnboardingTimeZone({
        ONBOARDING_TIME_ZONE: 'America/Tijuana',
        DASHBOARD_TIME_ZONE: 'America/Panama',
      }),
    ).toBe('America/Tijuana');
    expect(readOnboardingTimeZone({ DASHBOARD_TIME_ZONE: 'America/Panama' })).toBe(
      'America/Panama',
    );
    expect(readOnboardingTimeZone({})).toBe('America/Costa_Rica');
    expect(readOnboardingTimeZone({ ONBOARDING_TIME_ZONE: 'Nowhere/Else' })).toBe(
      'America/Costa_Rica',
    );
  });
});
