import { defineOptionList } from './option.ts';

/** FORM.md §5.21 `avg_age_band`. */
export const avgAgeBandList = defineOptionList({
  name: 'avg_age_band',
  options: [
    {
      code: 'avg_under_12',
      en: 'Under 12 years',
      es: 'Menos de 12 años',
      lower: 0,
      upper: 11,
      midpoint: 6,
    },
    {
      code: 'avg_12_17',
      en: '12 to 17 years',
      es: '12 a 17 años',
      lower: 12,
      upper: 17,
      midpoint: 15,
    },
    {
      code: 'avg_18_24',
      en: '18 to 24 years',
      es: '18 a 24 años',
      lower: 18,
      upper: 24,
      midpoint: 21.5,
    },
    {
      code: 'avg_25_34',
      en: '25 to 34 years',
      es: '25 a 34 años',
      lower: 25,
      upper: 34,
      midpoint: 30,
    },
    {
      code: 'avg_35_44',
      en: '35 to 44 years',
      es: '35 a 44 años',
      lower: 35,
      upper: 44,
      midpoint: 40,
    },
    {
      code: 'avg_45_59',
      en: '45 to 59 years',
      es: '45 a 59 años',
      lower: 45,
      upper: 59,
      midpoint: 52.5,
    },
    {
      code: 'avg_60_plus',
      en: '60 years and over',
      es: '60 años o más',
      lower: 60,
      upper: null,
      midpoint: 65,
    },
  ],
});

export type AvgAgeBandCode = (typeof avgAgeBandList.options)[number]['code'];
