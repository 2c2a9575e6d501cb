import type {
  AgeRange,
  CivilStatus,
  Gender,
  LabourFormality,
  Occupation,
  OccupationArea,
  ProgrammeCountry,
  Residence,
  SchoolLevel,
} from './codes.ts';
import type { Rng } from './prng.ts';
import { pickWeighted, weightedRecord, type Weighted } from './weighted.ts';

/** Age bands of people attended in general; transit adds more children (family groups). */
export const AGES_RESIDENT = weightedRecord<AgeRange>({
  age_0_5: 2,
  age_6_11: 3,
  age_12_17: 5,
  age_18_24: 17,
  age_25_34: 30,
  age_35_44: 21,
  age_45_59: 14,
  age_60_64: 3.5,
  age_65_plus: 2.5,
  unknown: 2,
});
export const AGES_TRANSIT = weightedRecord<AgeRange>({
  age_0_5: 5,
  age_6_11: 5,
  age_12_17: 7,
  age_18_24: 22,
  age_25_34: 30,
  age_35_44: 17,
  age_45_59: 8,
  age_60_64: 2,
  age_65_plus: 1,
  unknown: 3,
});
export const AGES_ADULT = weightedRecord<AgeRange>({
  age_18_24: 25,
  age_25_34: 38,
  age_35_44: 22,
  age_45_59: 12,
  age_60_64: 2,
  age_65_plus: 1,
});
export const AGES_CHILD = weightedRecord<AgeRange>({
  age_0_5: 8,
  age_6_11: 25,
  age_12_17: 64,
  unknown: 3,
});
export const AGES_OLDER = weightedRecord<AgeRange>({ age_60_64: 40, age_65_plus: 60 });

export const GENDERS_ADULT = weightedRecord<Gender>({
  woman: 47,
  man: 49.5,
  trans_woman: 0.7,
  trans_man: 0.2,
  non_binary: 0.4,
  other: 0.1,
  prefer_not_to_say: 1.5,
});
const GENDERS_CHILD = weightedRecord<Gender>({ woman: 48, man: 51, prefer_not_to_say: 1 });

export function isMinor(age: AgeRange): boolean {
  return age === 'age_0_5' || age === 'age_6_11' || age === 'age_12_17';
}

export function pickGender(rng: Rng, age: AgeRange): Gender {
  return pickWeighted(rng, isMinor(age) ? GENDERS_CHILD : GENDERS_ADULT);
}

export const OTHER_GENDER_TEXTS = ['Género fluido', 'Persona de género diverso', 'Muxe', 'Queer'];

const CIVIL_YOUNG = weightedRecord<CivilStatus>({
  single: 62,
  common_law: 26,
  married: 8,
  unknown: 4,
});
const CIVIL_ADULT = weightedRecord<CivilStatus>({
  single: 28,
  common_law: 30,
  married: 25,
  separated: 8,
  divorced: 4,
  widowed: 1,
  unknown: 4,
});
const CIVIL_OLDER = weightedRecord<CivilStatus>({
  married: 38,
  widowed: 22,
  common_law: 12,
  single: 10,
  separated: 8,
  divorced: 6,
  unknown: 4,
});

export function pickCivilStatus(rng: Rng, age: AgeRange): CivilStatus {
  if (isMinor(age)) return rng.chance(0.97) ? 'single' : 'unknown';
  if (age === 'age_18_24' || age === 'unknown') return pickWeighted(rng, CIVIL_YOUNG);
  if (age === 'age_60_64' || age === 'age_65_plus') return pickWeighted(rng, CIVIL_OLDER);
  return pickWeighted(rng, CIVIL_ADULT);
}

/** Adults of these nationalities more often have secondary or higher education. */
const HIGHER_SCHOOLING = new Set(['VEN', 'COL', 'CUB', 'ECU', 'PER', 'CRI', 'PAN', 'MEX']);

const SCHOOL_STANDARD = weightedRecord<SchoolLevel>({
  no_schooling: 6,
  primary_incomplete: 20,
  primary_complete: 22,
  secondary_incomplete: 20,
  secondary_complete: 16,
  technical_incomplete: 2,
  technical_complete: 4,
  university_incomplete: 3,
  university_complete: 3,
  postgraduate: 0.3,
  unknown: 4,
});
const SCHOOL_HIGHER = weightedRecord<SchoolLevel>({
  no_schooling: 1,
  primary_incomplete: 4,
  primary_complete: 8,
  secondary_incomplete: 12,
  secondary_complete: 28,
  technical_incomplete: 5,
  technical_complete: 12,
  university_incomplete: 10,
  university_complete: 14,
  postgraduate: 2,
  unknown: 4,
});

export function pickSchoolLevel(rng: Rng, age: AgeRange, nationality: string): SchoolLevel {
  switch (age) {
    case 'age_0_5':
      return 'no_schooling';
    case 'age_6_11':
      return rng.chance(0.85) ? 'primary_incomplete' : 'no_schooling';
    case 'age_12_17':
      return rng.pick<SchoolLevel>([
        'primary_complete',
        'secondary_incomplete',
        'secondary_incomplete',
        'primary_incomplete',
      ]);
    default:
      return pickWeighted(rng, HIGHER_SCHOOLING.has(nationality) ? SCHOOL_HIGHER : SCHOOL_STANDARD);
  }
}

const OCC_ADULT = weightedRecord<Occupation>({
  work: 42,
  unemployed: 28,
  unpaid_care_work: 9,
  study_and_work: 3,
  study: 3,
  neither: 10,
  unknown: 5,
});
const OCC_OLDER = weightedRecord<Occupation>({
  work: 25,
  retired: 20,
  unpaid_care_work: 15,
  unemployed: 15,
  neither: 20,
  unknown: 5,
});

export function pickOccupation(rng: Rng, age: AgeRange, gender: Gender): Occupation {
  switch (age) {
    case 'age_0_5':
      return 'neither';
    case 'age_6_11':
      return rng.chance(0.8) ? 'study' : 'neither';
    case 'age_12_17':
      return rng.pick<Occupation>(['study', 'study', 'study', 'neither', 'work', 'study_and_work']);
    case 'age_60_64':
    case 'age_65_plus':
      return pickWeighted(rng, OCC_OLDER);
    default: {
      const occ = pickWeighted(rng, OCC_ADULT);
      // Unpaid care work is mostly reported by women.
      if (occ === 'unpaid_care_work' && gender === 'man' && rng.chance(0.7)) return 'unemployed';
      return occ;
    }
  }
}

const AREAS_BY_COUNTRY: Record<ProgrammeCountry, Weighted<OccupationArea>> = {
  CRI: weightedRecord({
    agriculture: 40,
    construction: 16,
    domestic_work: 12,
    commerce: 8,
    hospitality: 7,
    security: 4,
    street_vending: 5,
    personal_services: 5,
    transport: 2,
    other: 1,
  }),
  DOM: weightedRecord({
    construction: 34,
    agriculture: 26,
    domestic_work: 10,
    street_vending: 10,
    commerce: 8,
    hospitality: 6,
    personal_services: 4,
    other: 2,
  }),
  MEX: weightedRecord({
    construction: 18,
    street_vending: 16,
    commerce: 14,
    manufacturing: 14,
    hospitality: 10,
    agriculture: 8,
    domestic_work: 7,
    personal_services: 6,
    transport: 4,
    professional: 2,
    other: 1,
  }),
  GTM: weightedRecord({
    agriculture: 30,
    street_vending: 18,
    commerce: 14,
    construction: 14,
    domestic_work: 10,
    manufacturing: 6,
    transport: 4,
    other: 4,
  }),
  SLV: weightedRecord({
    commerce: 20,
    manufacturing: 16,
    construction: 16,
    street_vending: 14,
    agriculture: 10,
    security: 6,
    transport: 6,
    personal_services: 6,
    professional: 4,
    other: 2,
  }),
  HND: weightedRecord({
    agriculture: 20,
    manufacturing: 16,
    construction: 16,
    street_vending: 16,
    commerce: 14,
    transport: 6,
    security: 6,
    other: 6,
  }),
  NIC: weightedRecord({
    agriculture: 34,
    commerce: 16,
    construction: 14,
    street_vending: 14,
    domestic_work: 10,
    transport: 6,
    other: 6,
  }),
  PAN: weightedRecord({
    street_vending: 22,
    commerce: 18,
    construction: 16,
    hospitality: 14,
    domestic_work: 8,
    transport: 8,
    agriculture: 6,
    professional: 6,
    other: 2,
  }),
  BLZ: weightedRecord({
    agriculture: 44,
    construction: 16,
    domestic_work: 10,
    hospitality: 12,
    commerce: 10,
    other: 8,
  }),
};

export const OTHER_AREA_TEXTS = [
  'Reciclaje',
  'Reparto en plataformas digitales',
  'Minería artesanal',
  'Cuidado de vehículos',
  'Trabajo en panadería',
];

export interface WorkDetails {
  area: OccupationArea;
  areaOther: string | null;
  formality: LabourFormality;
}

export function pickWork(rng: Rng, country: ProgrammeCountry, residence: Residence): WorkDetails {
  const area = pickWeighted(rng, AREAS_BY_COUNTRY[country]);
  const formalShare = residence === 'in_transit' ? 0.04 : 0.28;
  const formality: LabourFormality = rng.chance(0.05)
    ? 'unknown'
    : rng.chance(formalShare)
      ? 'formal'
      : 'informal';
  return { area, areaOther: area === 'other' ? rng.pick(OTHER_AREA_TEXTS) : null, formality };
}
