import { defineOptionList } from './option.ts';

/** FORM.md §5.13 `occupation_area`. */
export const occupationAreaList = defineOptionList({
  name: 'occupation_area',
  options: [
    {
      code: 'agriculture',
      en: 'Agriculture, livestock, forestry or fishing',
      es: 'Agricultura, ganadería, silvicultura o pesca',
    },
    { code: 'construction', en: 'Construction', es: 'Construcción' },
    {
      code: 'manufacturing',
      en: 'Manufacturing or maquila',
      es: 'Industria manufacturera o maquila',
    },
    { code: 'commerce', en: 'Commerce and sales', es: 'Comercio y ventas' },
    { code: 'street_vending', en: 'Street vending', es: 'Ventas ambulantes' },
    { code: 'domestic_work', en: 'Paid domestic work', es: 'Trabajo doméstico remunerado' },
    {
      code: 'hospitality',
      en: 'Hotels, restaurants and tourism',
      es: 'Hoteles, restaurantes y turismo',
    },
    { code: 'transport', en: 'Transport and logistics', es: 'Transporte y logística' },
    { code: 'security', en: 'Security services', es: 'Servicios de seguridad' },
    { code: 'education', en: 'Education', es: 'Educación' },
    { code: 'health_care', en: 'Health and care services', es: 'Salud y servicios de cuidado' },
    {
      code: 'personal_services',
      en: 'Personal and repair services (beauty, cleaning, mechanics)',
      es: 'Servicios personales y de reparación (belleza, limpieza, mecánica)',
    },
    {
      code: 'professional',
      en: 'Professional, technical or office work',
      es: 'Trabajo profesional, técnico o de oficina',
    },
    { code: 'other', en: 'Other area (specify)', es: 'Otra área (especifique)' },
  ],
});

export type OccupationAreaCode = (typeof occupationAreaList.options)[number]['code'];
