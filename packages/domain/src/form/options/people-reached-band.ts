import { defineOptionList } from './option.ts';

/** FORM.md §5.20 `people_reached_band`. */
export const peopleReachedBandList = defineOptionList({
  name: 'people_reached_band',
  options: [
    {
      code: 'reach_1_10',
      en: '1 to 10 people',
      es: '1 a 10 personas',
      lower: 1,
      upper: 10,
      midpoint: 5.5,
    },
    {
      code: 'reach_11_25',
      en: '11 to 25 people',
      es: '11 a 25 personas',
      lower: 11,
      upper: 25,
      midpoint: 18,
    },
    {
      code: 'reach_26_50',
      en: '26 to 50 people',
      es: '26 a 50 personas',
      lower: 26,
      upper: 50,
      midpoint: 38,
    },
    {
      code: 'reach_51_100',
      en: '51 to 100 people',
      es: '51 a 100 personas',
      lower: 51,
      upper: 100,
      midpoint: 75.5,
    },
    {
      code: 'reach_101_250',
      en: '101 to 250 people',
      es: '101 a 250 personas',
      lower: 101,
      upper: 250,
      midpoint: 175.5,
    },
    {
      code: 'reach_251_500',
      en: '251 to 500 people',
      es: '251 a 500 personas',
      lower: 251,
      upper: 500,
      midpoint: 375.5,
    },
    {
      code: 'reach_501_1000',
      en: '501 to 1000 people',
      es: '501 a 1000 personas',
      lower: 501,
      upper: 1000,
      midpoint: 750.5,
    },
    {
      code: 'reach_1001_2500',
      en: '1001 to 2500 people',
      es: '1001 a 2500 personas',
      lower: 1001,
      upper: 2500,
      midpoint: 1750.5,
    },
    {
      code: 'reach_2501_5000',
      en: '2501 to 5000 people',
      es: '2501 a 5000 personas',
      lower: 2501,
      upper: 5000,
      midpoint: 3750.5,
    },
    {
      code: 'reach_5001_plus',
      en: 'More than 5000 people',
      es: 'Más de 5000 personas',
      lower: 5001,
      upper: null,
      midpoint: 7500,
    },
  ],
});

export type PeopleReachedBandCode = (typeof peopleReachedBandList.options)[number]['code'];
