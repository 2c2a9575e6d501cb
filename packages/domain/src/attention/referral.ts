import type { Localized } from '../i18n.ts';
import { ageRangeList } from '../form/options/age-range.ts';
import { vulnerabilityTypeList } from '../form/options/vulnerability-type.ts';
import type { DirectoryConditionCode, DirectorySectorCode } from './directory.ts';

/**
 * Referral routing: the handbook's Table 1 "condition → referral place" (000:L637-L683), plus the
 * urgent referrals of route steps 1 and 2 (000:L568-L571, L582-L587) and basic needs (L621-L623).
 * Each condition names the directory sectors to look in, the conditions organizations take, and
 * the A.11 `referred_*` action codes that record the referral (FORM.md §5.16).
 */
export type ReferralCondition = {
  code: string;
  label: Localized;
  /** Where to refer, in the handbook's words. */
  referTo: Localized;
  note?: Localized;
  sectors: DirectorySectorCode[];
  directoryConditions: DirectoryConditionCode[];
  actions: string[];
  /** True for Table 1 rows; false for the urgent referrals of steps 1 and 2. */
  table1: boolean;
  basis: string;
};

export const referralConditions: ReferralCondition[] = [
  {
    code: 'imminent_danger',
    label: { en: 'Imminent danger', es: 'Peligro inminente' },
    referTo: {
      en: 'Immediately, an institution that guarantees protection: police, victim attention and protection',
      es: 'De inmediato, una institución que garantice protección: policía, atención y protección a víctimas',
    },
    sectors: ['emergency_protection'],
    directoryConditions: ['violence_victims'],
    actions: ['referred_emergency_protection'],
    table1: false,
    basis: '000:L582-L587',
  },
  {
    code: 'urgent_health',
    label: { en: 'Urgent health need', es: 'Necesidad urgente de salud' },
    referTo: {
      en: 'Health services, after covering what the hub can (water, rest)',
      es: 'Servicios de salud, después de cubrir lo que la ventanilla pueda (agua, descanso)',
    },
    sectors: ['health'],
    directoryConditions: ['health_emergencies'],
    actions: ['referred_health'],
    table1: false,
    basis: '000:L568-L571',
  },
  {
    code: 'unaccompanied_child',
    label: {
      en: 'Unaccompanied or separated child or adolescent',
      es: 'Niña, niño o adolescente no acompañado o separado',
    },
    referTo: {
      en: 'The government office responsible for protecting and assisting children: call and refer immediately',
      es: 'La oficina de gobierno responsable de la protección y asistencia de la niñez: llame y refiera de inmediato',
    },
    sectors: ['child_protection'],
    directoryConditions: ['children'],
    actions: ['referred_child_protection'],
    table1: true,
    basis: '000:L637-L641, L1340',
  },
  {
    code: 'refugee_child',
    label: {
      en: 'Refugee child or adolescent, or refugee status applicant',
      es: 'Niña, niño o adolescente refugiado o solicitante de refugio',
    },
    referTo: {
      en: 'The child protection office and the body that determines refugee status',
      es: 'La oficina de protección de la niñez y la entidad que determina la condición de refugio',
    },
    sectors: ['child_protection', 'refugee_status'],
    directoryConditions: ['children', 'refugee_claims'],
    actions: ['referred_child_protection', 'referred_refugee_authority'],
    table1: true,
    basis: '000:L643-L649',
  },
  {
    code: 'trafficking',
    label: {
      en: 'Possible victim of trafficking in persons',
      es: 'Posible víctima de trata de personas',
    },
    referTo: {
      en: 'The competent government office on trafficking: the hub must refer, directly and immediately',
      es: 'La oficina de gobierno competente en trata de personas: la ventanilla debe referir de forma directa e inmediata',
    },
    // FORM.md R31 (changed 2026-12-04): the referral is not conditional on agreement (000:L677-L678);
    // informed consent is asked while explaining it (000:L625-L627).
    note: {
      en: "Explain the referral and ask for the person's informed consent. Put protection from threats or recapture by the network first. If the person is also a refugee or applicant, notify the refugee status authority.",
      es: 'Explique la referencia y pida el consentimiento informado de la persona. Priorice la protección ante amenazas o recaptura por parte de la red. Si además es persona refugiada o solicitante, notifique a la autoridad de refugio.',
    },
    sectors: ['anti_trafficking'],
    directoryConditions: ['trafficking_victims'],
    actions: ['referred_trafficking_authority'],
    table1: true,
    basis: '000:L651-L660',
  },
  {
    code: 'refugee',
    label: {
      en: 'Refugee or refugee status applicant',
      es: 'Persona refugiada o solicitante de refugio',
    },
    referTo: {
      en: 'The institution that determines refugee status in the country',
      es: 'La institución que determina la condición de refugio en el país',
    },
    note: {
      en: 'Tell the person that UNHCR, the UN Refugee Agency, or its partner agency exists.',
      es: 'Informe a la persona que existe el ACNUR, la Agencia de la ONU para los Refugiados, o su agencia socia.',
    },
    sectors: ['refugee_status'],
    directoryConditions: ['refugee_claims'],
    actions: ['referred_refugee_authority'],
    table1: true,
    basis: '000:L662-L670',
  },
  {
    code: 'basic_needs',
    label: {
      en: 'No shelter or basic needs unmet',
      es: 'Sin alojamiento o con necesidades básicas sin cubrir',
    },
    referTo: {
      en: 'A shelter or humanitarian organization (food, clothing, hygiene, lodging)',
      es: 'Un albergue u organización humanitaria (alimentación, ropa, higiene, alojamiento)',
    },
    sectors: ['shelter', 'humanitarian'],
    directoryConditions: ['families'],
    actions: ['referred_shelter'],
    table1: false,
    basis: '000:L621-L623',
  },
];

const profileOf = new Map<string, string>(
  vulnerabilityTypeList.options.map((o) => [o.code, String(o.parent_profile)]),
);

/** What the form knows when it suggests referrals. */
export type ReferralFacts = {
  observation: readonly string[];
  vulnerabilityTypes: readonly string[];
  ageRange?: string | null;
  urgentNeeds?: string | null;
  imminentDanger?: string | null;
};

/** The referral conditions (in the order above) that the facts of a case point to. */
export function matchReferralConditions(facts: ReferralFacts): ReferralCondition[] {
  const obs = new Set(facts.observation);
  const types = new Set(facts.vulnerabilityTypes);
  const profiles = new Set([...types].map((t) => profileOf.get(t)));
  const minor = ageRangeList.options.some((o) => o.code === facts.ageRange && o.is_minor === 'yes');
  const refugee = obs.has('asylum_seeker') || profiles.has('refugee');
  const child = obs.has('unaccompanied_child') || profiles.has('child_at_risk');
  const matches: Record<string, boolean> = {
    imminent_danger: facts.imminentDanger === 'yes' || obs.has('requests_protection'),
    urgent_health:
      facts.urgentNeeds === 'yes' ||
      obs.has('physical_health_signs') ||
      types.has('serious_health_problem'),
    unaccompanied_child: child,
    refugee_child: refugee && (minor || child),
    trafficking: obs.has('possible_trafficking') || profiles.has('trafficking'),
    refugee,
    basic_needs: types.has('stranded') || types.has('disaster_displaced'),
  };
  return referralConditions.filter((condition) => matches[condition.code]);
}

/** The part of a directory entry that routing needs. */
export type RoutableEntry = {
  organization: string;
  sector: string;
  conditions: readonly string[];
};

export type ReferralSuggestion<E extends RoutableEntry> = {
  condition: ReferralCondition;
  /** The hub's own organizations for it: sector matches first, then those taking the people. */
  entries: E[];
};

/** Table 1 suggestions filled with the hub's own directory entries. */
export function suggestReferrals<E extends RoutableEntry>({
  facts,
  directory,
}: {
  facts: ReferralFacts;
  directory: readonly E[];
}): ReferralSuggestion<E>[] {
  return matchReferralConditions(facts).map((condition) => {
    const bySector = directory.filter((e) =>
      (condition.sectors as readonly string[]).includes(e.sector),
    );
    const byCondition = directory.filter(
      (e) =>
        !bySector.includes(e) &&
        e.conditions.some((c) => (condition.directoryConditions as readonly string[]).includes(c)),
    );
    return { condition, entries: [...bySector, ...byCondition] };
  });
}

/** The sector a `referred_*` action usually goes to, to pre-filter a referral picker. */
export const sectorsByAction: Readonly<Record<string, DirectorySectorCode[]>> = {
  referred_child_protection: ['child_protection'],
  referred_refugee_authority: ['refugee_status'],
  referred_trafficking_authority: ['anti_trafficking'],
  referred_emergency_protection: ['emergency_protection'],
  referred_health: ['health'],
  referred_shelter: ['shelter', 'humanitarian'],
  referred_employment: ['employment'],
};
