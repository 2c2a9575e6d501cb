import { defineOptionList } from './option.ts';

/** FORM.md §5.15 `service`. */
export const serviceList = defineOptionList({
  name: 'service',
  options: [
    {
      code: 'migration_procedures_info',
      en: 'Information on migration procedures and requirements',
      es: 'Información sobre trámites y requisitos migratorios',
      basis: '000:L694-L697, L765-L768',
    },
    {
      code: 'regularization',
      en: 'Regularization of migratory status',
      es: 'Regularización migratoria',
      basis: '000:L762-L808',
    },
    {
      code: 'status_change_renewal',
      en: 'Change or renewal of migratory category or permit',
      es: 'Cambio o renovación de categoría o permiso migratorio',
      basis: '000:L767, L1231-L1245',
    },
    {
      code: 'asylum_refugee_info',
      en: 'Information on asylum and refugee status',
      es: 'Información sobre refugio y asilo',
      basis: '000:L706, L767',
    },
    {
      code: 'document_review',
      en: 'Review of documents',
      es: 'Revisión de documentos',
      basis: '000:L767-L768, L793',
    },
    {
      code: 'identity_documents',
      en: 'Identity or civil registry documents (birth certificate, ID, passport)',
      es: 'Documentos de identidad o de registro civil (acta de nacimiento, identificación, pasaporte)',
      basis: '000:L405-L412',
    },
    {
      code: 'migration_authority_procedure',
      en: 'Procedure with the migration authority (appointment, online filing, file status)',
      es: 'Trámite ante la autoridad migratoria (cita, trámite en línea, estado del expediente)',
      basis: '000:L1213-L1217, L1242-L1245',
    },
    {
      code: 'work_requirements',
      en: 'Requirements to work in this country',
      es: 'Requisitos para trabajar en el país',
      basis: '000:L768',
    },
    {
      code: 'regular_channels_abroad',
      en: 'Regular channels to migrate or work abroad',
      es: 'Vías regulares para migrar o trabajar en otro país',
      basis: '000:L696, L915-L940',
    },
    {
      code: 'employment',
      en: 'Job search and labour inclusion',
      es: 'Búsqueda de empleo e inserción laboral',
      basis: '000:L695-L696, L888-L899',
    },
    {
      code: 'entrepreneurship',
      en: 'Entrepreneurship or microenterprise',
      es: 'Emprendimiento o microempresa',
      basis: '000:L894-L905',
    },
    {
      code: 'education',
      en: 'Education (enrolment, costs, recognition of degrees)',
      es: 'Educación (inscripción, costos, reconocimiento de títulos)',
      basis: '000:L856-L866',
    },
    {
      code: 'health',
      en: 'Health services',
      es: 'Servicios de salud',
      basis: '000:L99, L405, L701',
    },
    {
      code: 'psychosocial',
      en: 'Psychosocial support',
      es: 'Atención psicosocial',
      basis: '000:L337, L404',
    },
    { code: 'shelter', en: 'Shelter', es: 'Albergue', basis: '000:L352, L411' },
    {
      code: 'basic_needs',
      en: 'Food and other basic needs',
      es: 'Alimentación y otras necesidades básicas',
      basis: '000:L352, L623',
    },
    { code: 'legal_advice', en: 'Legal advice', es: 'Asesoría legal', basis: '000:L789-L791' },
    {
      code: 'translation',
      en: 'Translation or interpretation',
      es: 'Traducción o interpretación',
      basis: '000:L292, L352',
    },
    {
      code: 'family_location',
      en: 'Locating family members',
      es: 'Localización de familiares',
      basis: '000:L2313',
    },
    {
      code: 'return_reintegration',
      en: 'Return to place of origin or reintegration',
      es: 'Retorno al lugar de origen o reintegración',
      basis: '000:L407, L697',
    },
    {
      code: 'protection',
      en: 'Protection from violence, threats or danger',
      es: 'Protección ante violencia, amenazas o peligro',
      basis: '000:L475, L573-L587',
    },
    {
      code: 'rights_information',
      en: 'Information on rights and obligations',
      es: 'Información sobre derechos y obligaciones',
      basis: '000:L89-L92',
    },
    {
      code: 'other',
      en: 'Other service (specify)',
      es: 'Otro servicio (especifique)',
      basis: '000:L1994-L1995',
    },
  ],
});

export type ServiceCode = (typeof serviceList.options)[number]['code'];
