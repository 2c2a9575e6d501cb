import { describe, expect, it } from 'vitest';
import { REQUIRED_SECTORS } from './directory.ts';
import { generateReference } from './generate.ts';
import { demoLogins } from './users.ts';

describe('hubs, users and directory', () => {
  const { hubs, users, directory } = generateReference({ today: '2026-05-15' });

  it('has the required hubs with valid codes across the programme countries', () => {
    const codes = hubs.map((h) => h.code);
    for (const code of [
      'cri_upala',
      'cri_los_chiles',
      'mex_tijuana',
      'pan_darien',
      'hnd_choluteca',
    ]) {
      expect(codes).toContain(code);
    }
    expect(codes.every((c) => /^[a-z]{3}_[a-z0-9_]{1,40}$/.test(c))).toBe(true);
    expect(hubs.every((h) => h.code.slice(0, 3).toUpperCase() === h.country)).toBe(true);
    expect(new Set(hubs.map((h) => h.country)).size).toBe(9);
    expect(hubs.find((h) => h.code === 'pan_darien')!.type).toBe('mobile');
    expect(hubs.find((h) => h.code === 'hnd_choluteca')!.type).toBe('mobile');
  });

  it('includes every demo login exactly as documented', () => {
    expect(demoLogins.map((u) => [u.email, u.role, u.password])).toEqual([
      ['admin@demo.ventanilla.org', 'admin', 'demo-admin-2026'],
      ['revisora@demo.ventanilla.org', 'reviewer', 'demo-revisora-2026'],
      ['coordinadora.cri@demo.ventanilla.org', 'coordinator', 'demo-coordinadora-2026'],
      ['oficial.upala@demo.ventanilla.org', 'hub_officer', 'demo-oficial-2026'],
      ['oficial.tijuana@demo.ventanilla.org', 'hub_officer', 'demo-oficial-2026'],
    ]);
    for (const login of demoLogins) expect(users).toContainEqual(login);
    expect(new Set(users.map((u) => u.email)).size).toBe(users.length);
    const hubCodes = new Set(hubs.map((h) => h.code));
    for (const u of users) {
      if (u.hubs !== 'all') expect(u.hubs.every((h) => hubCodes.has(h))).toBe(true);
      if (u.officerId) {
        const hub = hubs.find((h) => h.code === (u.hubs as string[])[0])!;
        expect(hub.officerIds).toContain(u.officerId);
      }
    }
  });

  it('gives every hub 6–12 directory entries covering the referral sectors', () => {
    for (const hub of hubs) {
      const entries = directory.filter((e) => e.hub === hub.code);
      expect(entries.length).toBeGreaterThanOrEqual(6);
      expect(entries.length).toBeLessThanOrEqual(12);
      const sectors = new Set(entries.map((e) => e.sector));
      for (const s of REQUIRED_SECTORS) expect(sectors, `${hub.code} ${s}`).toContain(s);
      expect(entries.every((e) => e.organization.length <= 150)).toBe(true);
      expect(entries.every((e) => e.email.endsWith('@ejemplo.invalid'))).toBe(true);
    }
    expect(new Set(directory.map((e) => e.id)).size).toBe(directory.length);
  });
});
