import { defineOptionList } from './option.ts';

/** FORM.md §5.7 `residence`. */
export const residenceList = defineOptionList({
  name: 'residence',
  options: [
    {
      code: 'resident',
      en: 'Resides in this country',
      es: 'Reside en el país',
      handbook_group: 'resident',
    },
    { code: 'in_transit', en: 'In transit', es: 'En tránsito', handbook_group: 'in_transit' },
    {
      code: 'returned',
      en: 'Returned to their own country',
      es: 'Persona retornada a su país',
      handbook_group: 'resident',
    },
  ],
});

export type ResidenceCode = (typeof residenceList.options)[number]['code'];
