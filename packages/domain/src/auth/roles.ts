import type { Localized } from '../i18n.ts';

/** The four roles (ARCHITECTURE.md, API.md `user add --role`). */
export type Role = 'hub_officer' | 'coordinator' | 'reviewer' | 'admin';

export type RoleDef = {
  code: Role;
  label: Localized;
  description: Localized;
  /** True when the role works only on the hubs assigned to the user. */
  hubScoped: boolean;
};

export const roleList: readonly RoleDef[] = [
  {
    code: 'hub_officer',
    label: { en: 'Hub officer', es: 'Oficial de ventanilla' },
    description: {
      en: 'Records and reviews the cases and activities of their hub.',
      es: 'Registra y revisa los casos y actividades de su ventanilla.',
    },
    hubScoped: true,
  },
  {
    code: 'coordinator',
    label: { en: 'Coordinator', es: 'Coordinador(a)' },
    description: {
      en: 'Coordinates one or more hubs: records, directory, imports and campaigns.',
      es: 'Coordina una o varias ventanillas: registros, directorio, importaciones y campañas.',
    },
    hubScoped: true,
  },
  {
    code: 'reviewer',
    label: { en: 'IOM reviewer', es: 'Revisor(a) de la OIM' },
    description: {
      en: 'Sees aggregates and reports across hubs and verifies monthly reports; never sees personal data.',
      es: 'Ve agregados e informes de todas las ventanillas y verifica los informes mensuales; nunca ve datos personales.',
    },
    hubScoped: false,
  },
  {
    code: 'admin',
    label: { en: 'Administrator', es: 'Administrador(a)' },
    description: {
      en: 'Manages hubs, users and the system.',
      es: 'Administra las ventanillas, las personas usuarias y el sistema.',
    },
    hubScoped: false,
  },
];

export const roles: readonly Role[] = roleList.map((role) => role.code);

/** True when `value` is one of the four role codes. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** The definition of a role. */
export function getRole({ role }: { role: Role }): RoleDef {
  return roleList.find((def) => def.code === role) as RoleDef;
}
