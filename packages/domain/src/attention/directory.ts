import { defineOptionList } from '../form/options/option.ts';

/**
 * Sectors of a hub's local directory: the starting sectors of the handbook's "Design of a local
 * directory" (000:L349-L353), the channelling entries of the 2-step route (000:L699-L703) and
 * the referral places of Table 1 (000:L637-L683). Codes match the demo data and the API's
 * `DirectoryEntry.sector`.
 */
export const directorySectorList = defineOptionList({
  name: 'directory_sector',
  options: [
    {
      code: 'child_protection',
      en: 'Child protection institution',
      es: 'Institución de protección de la niñez',
      basis: '000:L640-L641, L1340',
    },
    {
      code: 'refugee_status',
      en: 'Refugee status authority or UNHCR',
      es: 'Autoridad de refugio o ACNUR',
      basis: '000:L646-L649, L665-L670',
    },
    {
      code: 'anti_trafficking',
      en: 'Anti-trafficking authority',
      es: 'Autoridad competente en trata de personas',
      basis: '000:L651-L660',
    },
    {
      code: 'emergency_protection',
      en: 'Urgent protection (police, victim protection)',
      es: 'Protección urgente (policía, atención a víctimas)',
      basis: '000:L582-L587',
    },
    {
      code: 'migration_authority',
      en: 'Migration authority',
      es: 'Autoridad migratoria',
      basis: '000:L349-L351, L699',
    },
    { code: 'health', en: 'Health services', es: 'Servicios de salud', basis: '000:L351, L699' },
    { code: 'shelter', en: 'Shelter', es: 'Albergue', basis: '000:L352, L701' },
    {
      code: 'employment',
      en: 'Employment and labour',
      es: 'Empleo y trabajo',
      basis: '000:L351, L702-L703',
    },
    {
      code: 'humanitarian',
      en: 'Humanitarian aid (food, clothing, family contact)',
      es: 'Ayuda humanitaria (alimentación, ropa, contacto familiar)',
      basis: '000:L352, L623',
    },
    { code: 'legal', en: 'Legal advice', es: 'Asesoría legal', basis: '000:L700' },
    {
      code: 'psychosocial',
      en: 'Psychological and psychosocial support',
      es: 'Atención psicológica y psicosocial',
      basis: '000:L700',
    },
    { code: 'education', en: 'Education', es: 'Educación', basis: '000:L351' },
    {
      code: 'women',
      en: 'Women and gender institution',
      es: 'Institución de las mujeres o de género',
      basis: '000:L351',
    },
    {
      code: 'lgbti',
      en: 'LGBTI support organization',
      es: 'Organización de apoyo a personas LGBTI',
      basis: '000:L462-L463',
    },
    {
      code: 'other',
      en: 'Other useful local organization',
      es: 'Otra organización local útil',
      basis: '000:L703',
    },
  ],
});

export type DirectorySectorCode = (typeof directorySectorList.options)[number]['code'];

/** Who an organization takes ("the conditions each organization takes"); matches the demo data. */
export const directoryConditionList = defineOptionList({
  name: 'directory_condition',
  options: [
    { code: 'children', en: 'Children and adolescents', es: 'Niñez y adolescencia' },
    {
      code: 'refugee_claims',
      en: 'Refugee status applicants',
      es: 'Solicitantes de la condición de refugio',
    },
    {
      code: 'trafficking_victims',
      en: 'Possible victims of trafficking',
      es: 'Posibles víctimas de trata',
    },
    {
      code: 'violence_victims',
      en: 'Victims of violence or crime',
      es: 'Víctimas de violencia o delitos',
    },
    { code: 'women', en: 'Women', es: 'Mujeres' },
    { code: 'lgbti', en: 'LGBTI people', es: 'Personas LGBTI' },
    { code: 'health_emergencies', en: 'Health emergencies', es: 'Urgencias de salud' },
    { code: 'disability', en: 'People with disabilities', es: 'Personas con discapacidad' },
    { code: 'older_adults', en: 'Older adults', es: 'Personas adultas mayores' },
    { code: 'families', en: 'Families', es: 'Familias' },
    { code: 'workers', en: 'Workers', es: 'Personas trabajadoras' },
    { code: 'returnees', en: 'Returnees', es: 'Personas retornadas' },
    { code: 'any_migrant', en: 'Any migrant', es: 'Cualquier persona migrante' },
  ],
});

export type DirectoryConditionCode = (typeof directoryConditionList.options)[number]['code'];

/**
 * The handbook's directory columns (000:L375-L386) plus sector and conditions, as the API's
 * `DirectoryEntry` has them. Column labels for tables and exports.
 */
export const directoryColumns = [
  { key: 'organization', en: 'Organization or institution', es: 'Organización o institución' },
  { key: 'sector', en: 'Sector', es: 'Sector' },
  { key: 'address', en: 'Address', es: 'Dirección' },
  { key: 'openingHours', en: 'Opening hours', es: 'Horario de atención' },
  { key: 'contact', en: 'Telephone or contact', es: 'Teléfono o contacto' },
  {
    key: 'servicesOffered',
    en: 'Description of the services offered',
    es: 'Descripción de los servicios que ofrece',
  },
  { key: 'conditions', en: 'Who it takes', es: 'A quién atiende' },
  { key: 'notes', en: 'Notes', es: 'Notas' },
] as const;
