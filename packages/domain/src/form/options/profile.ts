import { defineOptionList } from './option.ts';

/** FORM.md §5.22 `profile`. */
export const profileList = defineOptionList({
  name: 'profile',
  options: [
    {
      code: 'trafficking',
      en: 'Possible victim of trafficking in persons',
      es: 'Posible víctima de trata de personas',
    },
    {
      code: 'refugee',
      en: 'Possible refugee or refugee status applicant',
      es: 'Posible persona refugiada o solicitante de refugio',
    },
    { code: 'migrant_at_risk', en: 'Migrant at risk', es: 'Persona migrante en riesgo' },
    {
      code: 'child_at_risk',
      en: 'Unaccompanied, separated or at-risk child or adolescent',
      es: 'Niñez o adolescencia no acompañada, separada o en riesgo',
    },
    {
      code: 'none',
      en: 'Other vulnerability (no Annex 1 profile)',
      es: 'Otra vulnerabilidad (sin perfil del Anexo 1)',
    },
  ],
});

export type ProfileCode = (typeof profileList.options)[number]['code'];
