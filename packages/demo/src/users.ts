import type { DemoHub, DemoUser } from './types.ts';

/** The demo logins printed in the README. Single source for README and tests. */
export const demoLogins: readonly DemoUser[] = [
  {
    email: 'admin@demo.ventanilla.org',
    name: 'Administración Ventanilla',
    role: 'admin',
    hubs: 'all',
    password: 'demo-admin-2026',
    officerId: null,
  },
  {
    email: 'revisora@demo.ventanilla.org',
    name: 'Marta Solís Aguilar',
    role: 'reviewer',
    hubs: 'all',
    password: 'demo-revisora-2026',
    officerId: null,
  },
  {
    email: 'coordinadora.cri@demo.ventanilla.org',
    name: 'Carolina Jiménez Mora',
    role: 'coordinator',
    hubs: ['cri_upala', 'cri_los_chiles'],
    password: 'demo-coordinadora-2026',
    officerId: null,
    startedDaysAgo: 120,
  },
  {
    email: 'oficial.upala@demo.ventanilla.org',
    name: 'José Arias Quesada',
    role: 'hub_officer',
    hubs: ['cri_upala'],
    password: 'demo-oficial-2026',
    officerId: 'CR-UPA-02',
    startedDaysAgo: 9,
  },
  {
    email: 'oficial.tijuana@demo.ventanilla.org',
    name: 'Alejandra Ruiz Castro',
    role: 'hub_officer',
    hubs: ['mex_tijuana'],
    password: 'demo-oficial-2026',
    officerId: 'MX-TIJ-05',
    startedDaysAgo: 4,
  },
];

const OFFICER_FIRST = [
  'Ana Lucía',
  'Luis Fernando',
  'Karla',
  'Wilmer',
  'Daniela',
  'Jorge',
  'Rosa Elena',
  'Kevin',
  'Yesenia',
  'Miguel Ángel',
  'Sofía',
  'Carlos',
];
const OFFICER_LAST = ['Pérez', 'Morales', 'Méndez', 'Hernández', 'Castillo', 'Ramírez', 'Díaz'];

/** A distinct fictitious officer name for the i-th extra officer. */
function officerName(i: number): string {
  const first = OFFICER_FIRST[i % OFFICER_FIRST.length]!;
  const last = OFFICER_LAST[(i + Math.floor(i / OFFICER_FIRST.length)) % OFFICER_LAST.length]!;
  return `${first} ${last}`;
}

const COORDINATORS = [
  {
    country: 'MEX',
    email: 'coordinador.mex@demo.ventanilla.org',
    name: 'Ricardo Salgado Ortiz',
    startedDaysAgo: 90,
  },
  {
    country: 'DOM',
    email: 'coordinadora.dom@demo.ventanilla.org',
    name: 'Patricia Reyes Almonte',
    startedDaysAgo: 45,
  },
] as const;

/** Start dates of the extra officers, in turn: new, settling in, behind, long behind. */
const OFFICER_STARTS = [2, 12, 35, 60] as const;

/**
 * All demo users: the demo logins, one coordinator each for Mexico and the Dominican Republic,
 * and one hub officer for every other hub (`oficial.<town>@demo.ventanilla.org`, password
 * `demo-oficial-2026`, the hub's first officer ID).
 */
export function buildUsers(hubs: readonly DemoHub[]): DemoUser[] {
  const codes = new Set(hubs.map((h) => h.code));
  const logins = demoLogins
    .filter((u) => u.hubs === 'all' || u.hubs.every((h) => codes.has(h)))
    .map((u) => ({ ...u, hubs: u.hubs === 'all' ? u.hubs : [...u.hubs] }));
  const covered = new Set(logins.flatMap((u) => (u.role === 'hub_officer' ? u.hubs : [])));
  const coordinators: DemoUser[] = COORDINATORS.map((c) => ({
    email: c.email,
    name: c.name,
    role: 'coordinator' as const,
    hubs: hubs.filter((h) => h.country === c.country).map((h) => h.code),
    password: 'demo-coordinadora-2026',
    officerId: null,
    startedDaysAgo: c.startedDaysAgo,
  })).filter((u) => u.hubs.length > 0);
  const officers: DemoUser[] = hubs
    .filter((h) => !covered.has(h.code))
    .map((h, i) => ({
      email: `oficial.${h.code.slice(4).replaceAll('_', '')}@demo.ventanilla.org`,
      name: officerName(i),
      role: 'hub_officer' as const,
      hubs: [h.code],
      password: 'demo-oficial-2026',
      officerId: h.officerIds[0]!,
      startedDaysAgo: OFFICER_STARTS[i % OFFICER_STARTS.length]!,
    }));
  return [...logins, ...coordinators, ...officers];
}
