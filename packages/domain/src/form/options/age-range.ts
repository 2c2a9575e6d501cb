import { defineOptionList } from './option.ts';

/** FORM.md §5.8 `age_range`. */
export const ageRangeList = defineOptionList({
  name: 'age_range',
  options: [
    {
      code: 'age_0_5',
      en: '0 to 5 years',
      es: '0 a 5 años',
      lower: 0,
      upper: 5,
      is_minor: 'yes',
      life_stage: 'child',
    },
    {
      code: 'age_6_11',
      en: '6 to 11 years',
      es: '6 a 11 años',
      lower: 6,
      upper: 11,
      is_minor: 'yes',
      life_stage: 'child',
    },
    {
      code: 'age_12_17',
      en: '12 to 17 years',
      es: '12 a 17 años',
      lower: 12,
      upper: 17,
      is_minor: 'yes',
      life_stage: 'adolescent',
    },
    {
      code: 'age_18_24',
      en: '18 to 24 years',
      es: '18 a 24 años',
      lower: 18,
      upper: 24,
      is_minor: 'no',
      life_stage: 'adult',
    },
    {
      code: 'age_25_34',
      en: '25 to 34 years',
      es: '25 a 34 años',
      lower: 25,
      upper: 34,
      is_minor: 'no',
      life_stage: 'adult',
    },
    {
      code: 'age_35_44',
      en: '35 to 44 years',
      es: '35 a 44 años',
      lower: 35,
      upper: 44,
      is_minor: 'no',
      life_stage: 'adult',
    },
    {
      code: 'age_45_59',
      en: '45 to 59 years',
      es: '45 a 59 años',
      lower: 45,
      upper: 59,
      is_minor: 'no',
      life_stage: 'adult',
    },
    {
      code: 'age_60_64',
      en: '60 to 64 years',
      es: '60 a 64 años',
      lower: 60,
      upper: 64,
      is_minor: 'no',
      life_stage: 'older_adult',
    },
    {
      code: 'age_65_plus',
      en: '65 years and over',
      es: '65 años o más',
      lower: 65,
      upper: null,
      is_minor: 'no',
      life_stage: 'older_adult',
    },
    {
      code: 'unknown',
      en: 'Not known',
      es: 'No se sabe',
      lower: null,
      upper: null,
      is_minor: null,
      life_stage: 'unknown',
    },
  ],
});

export type AgeRangeCode = (typeof ageRangeList.options)[number]['code'];

/** §5.8 `is_minor(a5)`: true exactly for the three bands under 18. */
export function isMinorAgeRange({ code }: { code: string | null | undefined }): boolean {
  return ageRangeList.options.some((option) => option.code === code && option.is_minor === 'yes');
}

/** §5.8 `is_adult(a5)`: true exactly for `age_18_24` through `age_65_plus`. */
export function isAdultAgeRange({ code }: { code: string | null | undefined }): boolean {
  return ageRangeList.options.some((option) => option.code === code && option.is_minor === 'no');
}
