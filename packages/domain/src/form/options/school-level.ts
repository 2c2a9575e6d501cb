import { defineOptionList } from './option.ts';

/** FORM.md §5.11 `school_level`. */
export const schoolLevelList = defineOptionList({
  name: 'school_level',
  options: [
    { code: 'no_schooling', en: 'No formal schooling', es: 'Sin estudios', order: 0 },
    { code: 'primary_incomplete', en: 'Primary, incomplete', es: 'Primaria incompleta', order: 1 },
    { code: 'primary_complete', en: 'Primary, complete', es: 'Primaria completa', order: 2 },
    {
      code: 'secondary_incomplete',
      en: 'Secondary, incomplete',
      es: 'Secundaria incompleta',
      order: 3,
    },
    {
      code: 'secondary_complete',
      en: 'Secondary, complete (high-school diploma)',
      es: 'Secundaria completa (bachillerato)',
      order: 4,
    },
    {
      code: 'technical_incomplete',
      en: 'Non-university higher (technical), incomplete',
      es: 'Técnico superior no universitario incompleto',
      order: 5,
    },
    {
      code: 'technical_complete',
      en: 'Non-university higher (technical), complete',
      es: 'Técnico superior no universitario completo',
      order: 6,
    },
    {
      code: 'university_incomplete',
      en: 'University, incomplete',
      es: 'Universitaria incompleta',
      order: 7,
    },
    {
      code: 'university_complete',
      en: 'University degree, complete',
      es: 'Universitaria completa',
      order: 8,
    },
    {
      code: 'postgraduate',
      en: "Postgraduate (master's or doctorate)",
      es: 'Posgrado (maestría o doctorado)',
      order: 9,
    },
    { code: 'unknown', en: 'Not known or not stated', es: 'No sabe o no responde', order: null },
  ],
});

export type SchoolLevelCode = (typeof schoolLevelList.options)[number]['code'];
