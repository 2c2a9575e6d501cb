import { hash32 } from './hash.ts';
import type { HubSpec } from './hub-specs.ts';
import { CIVIL_SOCIETY, INSTITUTIONS } from './institutions.ts';
import { Rng } from './prng.ts';
import type { DirectoryCondition, DirectoryEntry, DirectorySector } from './types.ts';

/** Sectors every hub directory has (referral places of the handbook's Table 1 and more). */
export const REQUIRED_SECTORS: readonly DirectorySector[] = [
  'child_protection',
  'refugee_status',
  'anti_trafficking',
  'emergency_protection',
  'migration_authority',
  'health',
  'shelter',
];

const OPTIONAL_SECTORS: readonly DirectorySector[] = [
  'employment',
  'humanitarian',
  'legal',
  'psychosocial',
  'education',
  'women',
  'lgbti',
  'refugee_status',
];

const WEEKDAY_HOURS = [
  'Lunes a viernes, 8:00 a 16:00',
  'Lunes a viernes, 7:30 a 15:30',
  'Lunes a viernes, 8:00 a 17:00; sábados, 8:00 a 12:00',
  'Lunes a jueves, 8:00 a 16:00; viernes, 8:00 a 13:00',
];

const STREETS = [
  'Calle Principal',
  'Avenida Central',
  'Calle Real',
  'Boulevard Los Próceres',
  'Avenida Independencia',
  'Calle Las Flores',
];

const CARDINAL = ['norte', 'sur', 'este', 'oeste'];

interface SectorTemplate {
  level: DirectoryEntry['level'];
  services: string;
  conditions: DirectoryCondition[];
  emergency: boolean;
  hours?: string;
}

const TEMPLATES: Record<DirectorySector, SectorTemplate> = {
  child_protection: {
    level: 'national',
    services:
      'Recibe referencias de niñas, niños y adolescentes no acompañados o separados; dicta medidas de protección, cuidado temporal y representación legal.',
    conditions: ['children'],
    emergency: true,
  },
  refugee_status: {
    level: 'national',
    services:
      'Recibe solicitudes de la condición de persona refugiada, realiza entrevistas de elegibilidad y emite el documento provisional de solicitante.',
    conditions: ['refugee_claims'],
    emergency: false,
  },
  anti_trafficking: {
    level: 'national',
    services:
      'Identificación y atención de posibles víctimas de trata de personas; activa el equipo de respuesta inmediata y coordina alojamiento seguro.',
    conditions: ['trafficking_victims', 'children', 'women'],
    emergency: true,
    hours: '24 horas, todos los días (línea de respuesta inmediata)',
  },
  emergency_protection: {
    level: 'local',
    services:
      'Denuncias, protección inmediata y acompañamiento a víctimas de delitos y violencia. Emergencias al 911.',
    conditions: ['violence_victims', 'any_migrant'],
    emergency: true,
    hours: '24 horas, todos los días',
  },
  migration_authority: {
    level: 'national',
    services:
      'Trámites de regularización y renovación de documentos migratorios, citas, recepción de documentos y consulta del estado del expediente.',
    conditions: ['any_migrant', 'workers'],
    emergency: false,
  },
  health: {
    level: 'local',
    services:
      'Consulta general, vacunación, control prenatal y atención de urgencias. Atiende a personas migrantes con o sin documentos.',
    conditions: ['health_emergencies', 'any_migrant', 'women', 'children'],
    emergency: false,
    hours: 'Lunes a viernes, 7:00 a 16:00; urgencias 24 horas',
  },
  shelter: {
    level: 'local',
    services:
      'Alojamiento temporal (hasta 3 noches), alimentación, duchas, ropa y orientación. Prioridad a familias con niñez y mujeres solas.',
    conditions: ['families', 'women', 'children', 'any_migrant'],
    emergency: false,
    hours: 'Todos los días; ingreso de 16:00 a 20:00',
  },
  employment: {
    level: 'state',
    services:
      'Bolsa de empleo, registro de perfil laboral, ferias de empleo y orientación sobre permisos de trabajo y derechos laborales.',
    conditions: ['workers', 'any_migrant'],
    emergency: false,
  },
  humanitarian: {
    level: 'local',
    services:
      'Primeros auxilios, llamadas gratuitas y Restablecimiento del Contacto entre Familiares (búsqueda de familiares).',
    conditions: ['families', 'any_migrant', 'health_emergencies'],
    emergency: true,
    hours: 'Todos los días, 7:00 a 19:00',
  },
  legal: {
    level: 'local',
    services:
      'Asesoría y representación legal gratuita en trámites migratorios, solicitudes de refugio y asuntos laborales.',
    conditions: ['refugee_claims', 'workers', 'any_migrant'],
    emergency: false,
  },
  psychosocial: {
    level: 'local',
    services:
      'Atención psicológica individual y grupal, primeros auxilios psicológicos y acompañamiento a personas sobrevivientes de violencia.',
    conditions: ['violence_victims', 'women', 'children', 'lgbti'],
    emergency: false,
  },
  education: {
    level: 'state',
    services:
      'Matrícula de niñas, niños y adolescentes migrantes, ubicación por nivel sin documentos y reconocimiento de estudios.',
    conditions: ['children', 'families'],
    emergency: false,
  },
  women: {
    level: 'state',
    services:
      'Atención a mujeres sobrevivientes de violencia basada en género: asesoría legal, psicológica y albergue de protección.',
    conditions: ['women', 'violence_victims'],
    emergency: true,
  },
  lgbti: {
    level: 'local',
    services:
      'Acompañamiento a personas LGBTI migrantes, espacios seguros, orientación legal y referencia a servicios amigables.',
    conditions: ['lgbti'],
    emergency: false,
  },
};

function fill(template: string, spec: HubSpec): string {
  return template.replaceAll('{place}', spec.admin2).replaceAll('{region}', spec.admin1);
}

function organization(sector: DirectorySector, spec: HubSpec, rng: Rng, second: boolean): string {
  const inst = INSTITUTIONS[spec.country];
  const byName: Record<DirectorySector, () => string> = {
    child_protection: () => inst.childProtection,
    refugee_status: () => (second ? CIVIL_SOCIETY.unhcr : inst.refugeeStatus),
    anti_trafficking: () => inst.antiTrafficking,
    emergency_protection: () => inst.police,
    migration_authority: () => inst.migration,
    health: () => inst.health,
    shelter: () => rng.pick(CIVIL_SOCIETY.shelter),
    employment: () => inst.employment,
    humanitarian: () => inst.redCross,
    legal: () => rng.pick(CIVIL_SOCIETY.legal),
    psychosocial: () => rng.pick(CIVIL_SOCIETY.psychosocial),
    education: () => inst.education,
    women: () => inst.women,
    lgbti: () => rng.pick(CIVIL_SOCIETY.lgbti),
  };
  return fill(byName[sector](), spec);
}

function address(spec: HubSpec, rng: Rng): string {
  if (spec.country === 'CRI' || spec.country === 'NIC') {
    return `${rng.range(1, 4)}00 m al ${rng.pick(CARDINAL)} del parque central, ${spec.admin2}, ${spec.admin1}`;
  }
  if (rng.chance(0.2)) return `Frente a la terminal de buses, ${spec.admin2}, ${spec.admin1}`;
  return `${rng.pick(STREETS)} n.º ${rng.range(2, 240)}, Barrio El Centro, ${spec.admin2}, ${spec.admin1}`;
}

/** The local directory of one hub: 6–12 entries, always with the required sectors. */
export function buildHubDirectory(spec: HubSpec, seed: number): DirectoryEntry[] {
  const rng = new Rng(seed, hash32(`directory:${spec.code}`));
  const optional = [...OPTIONAL_SECTORS];
  for (let i = optional.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [optional[i], optional[j]] = [optional[j]!, optional[i]!];
  }
  const sectors = [...REQUIRED_SECTORS, ...optional.slice(0, rng.range(0, 5))];
  const [prefix] = INSTITUTIONS[spec.country].phone;
  const suffix = spec.code.slice(4).replaceAll('_', '');
  const seen = new Set<DirectorySector>();
  return sectors.map((sector, i) => {
    const t = TEMPLATES[sector];
    const second = seen.has(sector);
    seen.add(sector);
    return {
      id: `${spec.code}-${String(i + 1).padStart(2, '0')}`,
      hub: spec.code,
      organization: organization(sector, spec, rng, second),
      sector,
      level: second ? 'international' : t.level,
      address: address(spec, rng),
      openingHours: t.hours ?? rng.pick(WEEKDAY_HOURS),
      phone: `${prefix} 555-01${String(rng.int(100)).padStart(2, '0')}`,
      email: `${sector.replaceAll('_', '-')}${second ? '2' : ''}.${suffix}@ejemplo.invalid`,
      services: t.services,
      conditions: [...t.conditions],
      emergency: t.emergency,
    };
  });
}

const REACH: Record<DirectoryEntry['level'], string> = {
  local: 'Alcance local',
  state: 'Alcance departamental o estatal',
  national: 'Alcance nacional',
  international: 'Organismo internacional',
};

/**
 * The notes an officer would write on an entry: its reach and whether it takes emergencies, in
 * words (the demo hubs work in Spanish), never the generator's codes.
 */
export function directoryNotes(entry: Pick<DirectoryEntry, 'level' | 'emergency'>): string {
  return [REACH[entry.level], entry.emergency ? 'Atiende urgencias' : null]
    .filter(Boolean)
    .join('. ');
}

/** Organization names of a directory, grouped by sector, for referral picks. */
export function organizationsBySector(
  entries: readonly DirectoryEntry[],
): Map<DirectorySector, string[]> {
  const map = new Map<DirectorySector, string[]>();
  for (const e of entries) {
    const list = map.get(e.sector) ?? [];
    list.push(e.organization);
    map.set(e.sector, list);
  }
  return map;
}
