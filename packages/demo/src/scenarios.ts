import type {
  Action,
  AgeRange,
  Gender,
  Observation,
  Residence,
  Service,
  VulnerabilityType,
} from './codes.ts';
import { AGES_ADULT, AGES_CHILD, AGES_OLDER } from './person.ts';
import type { Rng } from './prng.ts';
import { pickWeighted, weighted, weightedRecord, type Weighted } from './weighted.ts';

/** A planned service slot; a null action means "pick a usual action for the service". */
export interface SlotPlan {
  service: Service;
  action: Action | null;
}

export interface ScenarioOutcome {
  observation: Observation[];
  types: VulnerabilityType[];
  other: string | null;
  slots: SlotPlan[];
}

export interface PersonSketch {
  age: AgeRange;
  gender: Gender;
  residence: Residence;
}

/** A coherent vulnerability story: who it happens to, what staff see, what they do. */
export interface Scenario {
  key: string;
  /** Weight at hubs where people reside. */
  resident: number;
  /** Weight at transit hubs. */
  transit: number;
  ages?: Weighted<AgeRange>;
  genders?: Weighted<Gender>;
  nationalities?: Weighted<string>;
  /** The person is a foreign national. */
  foreign?: boolean;
  /** The person is a foreign national in transit. */
  inTransit?: boolean;
  build(rng: Rng, p: PersonSketch): ScenarioOutcome;
}

const slot = (service: Service, action: Action | null = null): SlotPlan => ({ service, action });

function maybe<T>(rng: Rng, p: number, value: T): T[] {
  return rng.chance(p) ? [value] : [];
}

const GENDERS_TRAFFICKING = weightedRecord<Gender>({ woman: 65, man: 30, trans_woman: 5 });
const GENDERS_GBV = weightedRecord<Gender>({ woman: 85, trans_woman: 8, man: 3, non_binary: 4 });
const GENDERS_LGBTI = weightedRecord<Gender>({
  trans_woman: 30,
  man: 25,
  woman: 20,
  non_binary: 12,
  trans_man: 8,
  other: 5,
});
const GENDER_WOMAN = weightedRecord<Gender>({ woman: 1 });
const AGES_PREGNANT = weightedRecord<AgeRange>({ age_12_17: 15, age_18_24: 50, age_25_34: 35 });
const EXTRACONTINENTAL = weightedRecord({
  CHN: 5,
  IND: 4,
  AFG: 3,
  CMR: 3,
  AGO: 2,
  NPL: 2,
  BGD: 1.5,
  SEN: 1,
  GIN: 1,
});
const STATELESS = weightedRecord({ stateless: 3, HTI: 4, VEN: 2, NIC: 1 });
const TRAFFICKING_TYPES = weightedRecord<VulnerabilityType>({
  trafficking_offer: 4,
  documents_retained: 3,
  control_threats: 4,
  forced_labour_exploitation: 3,
  abduction_coercion: 1,
});
const REFUGEE_GROUNDS: VulnerabilityType[] = [
  'persecution',
  'generalized_violence',
  'fear_of_return',
];

export const OTHER_VULNERABILITY_TEXTS = [
  'Persona en situación de calle',
  'Víctima de estafa por falso gestor migratorio',
  'Familia numerosa sin ingresos',
  'Persona deportada sin documentos de identidad',
];

/** Share of cases where staff record the referral that warnings R29, R31 and R32 ask for. */
const CHILD_REFERRAL = 0.97;
const TRAFFICKING_REFERRAL = 0.9;
const REFUGEE_REFERRAL = 0.85;

export const SCENARIOS: readonly Scenario[] = [
  {
    key: 'unaccompanied_child',
    resident: 4,
    transit: 8,
    ages: AGES_CHILD,
    build: (rng) => ({
      observation: ['unaccompanied_child', ...maybe<Observation>(rng, 0.3, 'emotional_distress')],
      types: [
        'unaccompanied_separated_child',
        ...maybe<VulnerabilityType>(rng, 0.1, 'child_rights_violation'),
      ],
      other: null,
      slots: [
        rng.chance(CHILD_REFERRAL)
          ? slot('protection', 'referred_child_protection')
          : slot('psychosocial', 'pfa_given'),
        ...(rng.chance(0.5)
          ? [rng.chance(0.5) ? slot('basic_needs', 'basic_needs_met') : slot('family_location')]
          : []),
      ],
    }),
  },
  {
    key: 'child_with_unrelated_adult',
    resident: 1,
    transit: 4,
    ages: AGES_CHILD,
    build: (rng) => ({
      observation: [rng.chance(0.6) ? 'controlled_by_companion' : 'emotional_distress'],
      types: ['child_with_unrelated_adult'],
      other: null,
      slots: [slot('protection', 'referred_child_protection')],
    }),
  },
  {
    key: 'child_rights_violation',
    resident: 1,
    transit: 1.5,
    ages: AGES_CHILD,
    build: (rng) => ({
      observation: ['violence_signs', ...maybe<Observation>(rng, 0.5, 'emotional_distress')],
      types: ['child_rights_violation'],
      other: null,
      slots: [
        slot('protection', 'referred_child_protection'),
        ...maybe(rng, 0.4, slot('health', 'referred_health')),
      ],
    }),
  },
  {
    key: 'trafficking',
    resident: 3,
    transit: 3,
    ages: AGES_ADULT,
    genders: GENDERS_TRAFFICKING,
    build: (rng) => {
      const types = new Set<VulnerabilityType>();
      const n = rng.range(1, 3);
      while (types.size < n) types.add(pickWeighted(rng, TRAFFICKING_TYPES));
      return {
        observation: [
          'possible_trafficking',
          ...maybe<Observation>(rng, 0.5, 'controlled_by_companion'),
          ...maybe<Observation>(rng, 0.3, 'emotional_distress'),
        ],
        types: [...types],
        other: null,
        slots: [
          rng.chance(TRAFFICKING_REFERRAL)
            ? slot('protection', 'referred_trafficking_authority')
            : slot('protection', 'referred_emergency_protection'),
          ...maybe(rng, 0.4, slot('shelter', 'referred_shelter')),
          ...maybe(rng, 0.2, slot('health', 'referred_health')),
        ],
      };
    },
  },
  {
    key: 'asylum',
    resident: 8,
    transit: 10,
    ages: AGES_ADULT,
    foreign: true,
    build: (rng) => {
      const r = rng.next();
      const observation: Observation[] =
        r < 0.5
          ? ['asylum_seeker']
          : r < 0.7
            ? ['asylum_seeker', 'requests_protection']
            : r < 0.85
              ? ['requests_protection']
              : ['none'];
      return {
        observation,
        types: ['asylum_seeker', ...maybe(rng, 0.7, rng.pick(REFUGEE_GROUNDS))],
        other: null,
        slots: [
          slot(
            'asylum_refugee_info',
            rng.chance(REFUGEE_REFERRAL) ? 'referred_refugee_authority' : 'info_verbal',
          ),
          ...maybe(rng, 0.4, slot('legal_advice', 'legal_advice_given')),
          ...maybe(rng, 0.15, slot('shelter', 'referred_shelter')),
        ],
      };
    },
  },
  {
    key: 'gender_based_violence',
    resident: 4,
    transit: 3,
    ages: AGES_ADULT,
    genders: GENDERS_GBV,
    foreign: true,
    build: (rng) => ({
      observation: ['violence_signs', ...maybe<Observation>(rng, 0.6, 'emotional_distress')],
      types: ['gender_based_violence', ...maybe<VulnerabilityType>(rng, 0.4, 'fear_of_return')],
      other: null,
      slots: [
        slot('protection', 'referred_emergency_protection'),
        rng.chance(REFUGEE_REFERRAL - 0.1)
          ? slot('asylum_refugee_info', 'referred_refugee_authority')
          : slot('psychosocial', 'pfa_given'),
      ],
    }),
  },
  {
    key: 'violence_in_transit',
    resident: 0.5,
    transit: 10,
    inTransit: true,
    build: (rng) => ({
      observation: [
        'violence_signs',
        ...maybe<Observation>(rng, 0.4, 'physical_health_signs'),
        ...maybe<Observation>(rng, 0.5, 'emotional_distress'),
      ],
      types: [
        'violence_in_transit',
        ...maybe<VulnerabilityType>(rng, 0.3, 'emotional_distress'),
        ...maybe<VulnerabilityType>(rng, 0.2, 'stranded'),
      ],
      other: null,
      slots: [
        slot('psychosocial', 'pfa_given'),
        ...maybe(rng, 0.5, slot('health', 'referred_health')),
        ...maybe(rng, 0.3, slot('protection', 'referred_emergency_protection')),
      ],
    }),
  },
  {
    key: 'stranded',
    resident: 0.5,
    transit: 8,
    inTransit: true,
    build: (rng) => ({
      observation: rng.chance(0.6) ? ['none'] : [],
      types: ['stranded'],
      other: null,
      slots: [
        slot('basic_needs', 'basic_needs_met'),
        ...maybe(rng, 0.6, slot('shelter', 'referred_shelter')),
        ...maybe(rng, 0.2, slot('family_location')),
      ],
    }),
  },
  {
    key: 'health',
    resident: 4,
    transit: 6,
    build: (rng, p) => ({
      observation: rng.chance(0.7) ? ['physical_health_signs'] : [],
      types: [
        p.residence === 'in_transit' && rng.chance(0.7)
          ? 'serious_health_problem'
          : 'chronic_illness',
      ],
      other: null,
      slots: [
        slot('health', 'referred_health'),
        ...maybe(rng, 0.2, slot('basic_needs', 'basic_needs_met')),
      ],
    }),
  },
  {
    key: 'woman_alone_pregnant',
    resident: 3,
    transit: 4,
    ages: AGES_PREGNANT,
    genders: GENDER_WOMAN,
    foreign: true,
    build: (rng) => ({
      observation: rng.chance(0.5) ? ['physical_health_signs'] : [],
      types: ['woman_alone_pregnant'],
      other: null,
      slots: [
        slot('health', 'referred_health'),
        ...maybe(rng, 0.5, slot('shelter', 'referred_shelter')),
      ],
    }),
  },
  {
    key: 'disability',
    resident: 1,
    transit: 1,
    build: (rng) => ({
      observation: ['disability_unaccompanied'],
      types: ['disability_unaccompanied'],
      other: null,
      slots: [
        rng.chance(0.6) ? slot('health', 'referred_health') : slot('protection'),
        ...maybe(rng, 0.4, slot('basic_needs', 'basic_needs_met')),
      ],
    }),
  },
  {
    key: 'older_adult_alone',
    resident: 2,
    transit: 1,
    ages: AGES_OLDER,
    build: (rng) => ({
      observation: rng.chance(0.5) ? ['none'] : [],
      types: ['older_adult_alone', ...maybe<VulnerabilityType>(rng, 0.5, 'chronic_illness')],
      other: null,
      slots: [
        rng.chance(0.5)
          ? slot('health', 'referred_health')
          : slot('basic_needs', 'basic_needs_met'),
        ...maybe(rng, 0.3, slot('return_reintegration', 'info_verbal')),
      ],
    }),
  },
  {
    key: 'lgbti',
    resident: 2,
    transit: 2,
    ages: AGES_ADULT,
    genders: GENDERS_LGBTI,
    build: (rng, p) => ({
      observation: rng.chance(0.7) ? ['lgbti'] : [],
      types: [
        'lgbti',
        ...(p.residence === 'in_transit'
          ? maybe<VulnerabilityType>(rng, 0.25, 'violence_in_transit')
          : []),
      ],
      other: null,
      slots: [
        slot('protection', 'referred_to_organization'),
        ...maybe(rng, 0.4, slot('psychosocial', 'pfa_given')),
        ...maybe(rng, 0.3, slot('rights_information', 'info_verbal')),
      ],
    }),
  },
  {
    key: 'extracontinental',
    resident: 0,
    transit: 3,
    ages: AGES_ADULT,
    nationalities: EXTRACONTINENTAL,
    inTransit: true,
    build: (rng) => ({
      observation: ['extracontinental', ...maybe<Observation>(rng, 0.15, 'disoriented_country')],
      types: ['language_barrier', ...maybe<VulnerabilityType>(rng, 0.3, 'stranded')],
      other: null,
      slots: [
        slot('translation'),
        slot('migration_procedures_info', 'info_written'),
        ...maybe(rng, 0.3, slot('basic_needs', 'basic_needs_met')),
      ],
    }),
  },
  {
    key: 'smuggling',
    resident: 0.3,
    transit: 3,
    ages: AGES_ADULT,
    inTransit: true,
    build: (rng) => ({
      observation: rng.chance(0.4) ? ['controlled_by_companion'] : [],
      types: ['smuggling_network', ...maybe<VulnerabilityType>(rng, 0.3, 'violence_in_transit')],
      other: null,
      slots: [
        slot('rights_information', 'info_verbal'),
        ...maybe(rng, 0.5, slot('protection', 'referred_emergency_protection')),
      ],
    }),
  },
  {
    key: 'disaster_displaced',
    resident: 1.5,
    transit: 1,
    build: (rng) => ({
      observation: rng.chance(0.5) ? ['none'] : [],
      types: ['disaster_displaced'],
      other: null,
      slots: [
        slot('basic_needs', 'basic_needs_met'),
        ...maybe(rng, 0.4, slot('shelter', 'referred_shelter')),
        ...maybe(rng, 0.3, slot('identity_documents', 'info_verbal')),
      ],
    }),
  },
  {
    key: 'emotional_distress',
    resident: 2,
    transit: 3,
    build: (rng) => ({
      observation: ['emotional_distress', ...maybe<Observation>(rng, 0.2, 'disoriented_country')],
      types: ['emotional_distress'],
      other: null,
      slots: [
        slot('psychosocial', 'pfa_given'),
        ...maybe(rng, 0.3, slot('rights_information', 'info_verbal')),
      ],
    }),
  },
  {
    key: 'possibly_stateless',
    resident: 0.4,
    transit: 0.1,
    ages: AGES_ADULT,
    nationalities: STATELESS,
    foreign: true,
    build: () => ({
      observation: ['none'],
      types: ['possibly_stateless'],
      other: null,
      slots: [slot('identity_documents', 'info_verbal'), slot('legal_advice')],
    }),
  },
  {
    key: 'substance_influence',
    resident: 0.5,
    transit: 0.5,
    ages: AGES_ADULT,
    build: (rng) => ({
      observation: ['substance_influence'],
      types: ['substance_influence'],
      other: null,
      slots: [
        slot('health', 'referred_health'),
        ...maybe(rng, 0.3, slot('psychosocial', 'pfa_given')),
      ],
    }),
  },
  {
    key: 'other',
    resident: 1.5,
    transit: 1,
    build: (rng) => ({
      observation: rng.chance(0.5) ? ['none'] : [],
      types: ['other'],
      other: rng.pick(OTHER_VULNERABILITY_TEXTS),
      slots: [],
    }),
  },
];

/** The scenario table for a hub with the given transit share. */
export function scenarioTable(transit: number): Weighted<Scenario> {
  return weighted(
    SCENARIOS.map((s) => {
      // Extra-continental flows only pass through hubs that are mainly transit points.
      if (s.key === 'extracontinental' && transit < 0.5) return [s, 0] as const;
      return [s, s.resident * (1 - transit) + s.transit * transit] as const;
    }),
  );
}
