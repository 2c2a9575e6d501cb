import type { Action, Service } from './codes.ts';
import type { DirectorySector } from './types.ts';

/** Kind of person attended, which drives the services asked for. */
export type Audience = 'national_resident' | 'returnee' | 'foreign_resident' | 'in_transit';

/** Service demand by audience (non-vulnerable cases). */
export const SERVICE_DEMAND: Record<Audience, Partial<Record<Service, number>>> = {
  national_resident: {
    regular_channels_abroad: 30,
    migration_procedures_info: 18,
    rights_information: 10,
    employment: 12,
    identity_documents: 10,
    work_requirements: 5,
    education: 4,
    family_location: 3,
    legal_advice: 4,
    other: 1,
  },
  returnee: {
    return_reintegration: 30,
    identity_documents: 15,
    employment: 18,
    entrepreneurship: 8,
    psychosocial: 6,
    health: 6,
    education: 4,
    family_location: 3,
    rights_information: 5,
    other: 1,
  },
  foreign_resident: {
    regularization: 24,
    status_change_renewal: 14,
    document_review: 10,
    migration_authority_procedure: 8,
    migration_procedures_info: 10,
    work_requirements: 7,
    employment: 8,
    education: 5,
    health: 5,
    legal_advice: 5,
    asylum_refugee_info: 4,
    identity_documents: 4,
    rights_information: 4,
    entrepreneurship: 2,
    other: 1,
  },
  in_transit: {
    migration_procedures_info: 22,
    rights_information: 12,
    health: 12,
    basic_needs: 12,
    shelter: 10,
    asylum_refugee_info: 8,
    family_location: 6,
    legal_advice: 4,
    return_reintegration: 3,
    psychosocial: 3,
    regular_channels_abroad: 4,
    translation: 1,
    other: 1.5,
  },
};

/** Actions that make sense for each service, with relative frequency. */
export const SERVICE_ACTIONS: Record<Service, Partial<Record<Action, number>>> = {
  migration_procedures_info: { info_verbal: 6, info_written: 3, filing_guidance: 1 },
  regularization: {
    info_verbal: 3,
    documents_reviewed: 2,
    filing_guidance: 2,
    appointment_scheduled: 2,
    online_procedure_done: 1,
    referred_to_organization: 1,
  },
  status_change_renewal: {
    info_verbal: 2,
    filing_guidance: 2,
    appointment_scheduled: 2,
    online_procedure_done: 2,
    file_follow_up: 1,
  },
  asylum_refugee_info: { info_verbal: 4, info_written: 2, referred_refugee_authority: 3 },
  document_review: { documents_reviewed: 8, filing_guidance: 2 },
  identity_documents: { info_verbal: 4, documents_reviewed: 1, referred_to_organization: 2 },
  migration_authority_procedure: {
    appointment_scheduled: 4,
    online_procedure_done: 3,
    file_follow_up: 3,
  },
  work_requirements: { info_verbal: 5, info_written: 3, legal_advice_given: 1 },
  regular_channels_abroad: { info_verbal: 6, info_written: 4 },
  employment: { labour_profile_registered: 4, referred_employment: 3, info_verbal: 2 },
  entrepreneurship: { referred_employment: 3, info_verbal: 2, info_written: 1 },
  education: { info_verbal: 3, referred_to_organization: 2, info_written: 1 },
  health: { referred_health: 6, info_verbal: 2 },
  psychosocial: { pfa_given: 5, referred_to_organization: 2 },
  shelter: { referred_shelter: 8, info_verbal: 1 },
  basic_needs: { basic_needs_met: 7, referred_to_organization: 2 },
  legal_advice: { legal_advice_given: 6, referred_to_organization: 2 },
  translation: { info_written: 3, referred_to_organization: 1, other: 1 },
  family_location: { referred_to_organization: 5, info_verbal: 2 },
  return_reintegration: { info_verbal: 3, referred_to_organization: 2, info_written: 1 },
  protection: { referred_emergency_protection: 4, referred_to_organization: 1 },
  rights_information: { info_verbal: 5, info_written: 3 },
  other: { info_verbal: 3, basic_needs_met: 1 },
};

/** Directory sectors where a specific referral action sends people. */
export const REFERRAL_SECTORS: Partial<Record<Action, readonly DirectorySector[]>> = {
  referred_child_protection: ['child_protection'],
  referred_refugee_authority: ['refugee_status'],
  referred_trafficking_authority: ['anti_trafficking'],
  referred_emergency_protection: ['emergency_protection', 'women'],
  referred_health: ['health'],
  referred_shelter: ['shelter'],
  referred_employment: ['employment'],
};

/** Sectors for `referred_to_organization`, by service. */
export const GENERIC_REFERRAL_SECTORS: Record<Service, readonly DirectorySector[]> = {
  migration_procedures_info: ['migration_authority'],
  regularization: ['migration_authority', 'legal'],
  status_change_renewal: ['migration_authority'],
  asylum_refugee_info: ['refugee_status', 'legal'],
  document_review: ['migration_authority'],
  identity_documents: ['migration_authority'],
  migration_authority_procedure: ['migration_authority'],
  work_requirements: ['employment'],
  regular_channels_abroad: ['employment'],
  employment: ['employment'],
  entrepreneurship: ['employment'],
  education: ['education'],
  health: ['health', 'humanitarian'],
  psychosocial: ['psychosocial', 'humanitarian'],
  shelter: ['shelter'],
  basic_needs: ['humanitarian', 'shelter'],
  legal_advice: ['legal'],
  translation: ['humanitarian', 'legal'],
  family_location: ['humanitarian'],
  return_reintegration: ['humanitarian'],
  protection: ['women', 'lgbti', 'psychosocial', 'legal'],
  rights_information: ['legal'],
  other: ['humanitarian'],
};

/** Texts for `a10_service_other_n`. */
export const OTHER_SERVICE_TEXTS = [
  'Orientación sobre envío y cobro de remesas',
  'Carga de teléfono y conexión a internet',
  'Orientación sobre transporte y rutas de buses',
  'Apertura de cuenta bancaria',
  'Información sobre licencia de conducir',
];

/** Texts for `a11_action_other_n`. */
export const OTHER_ACTION_TEXTS = [
  'Interpretación telefónica con apoyo de una persona voluntaria',
  'Acompañamiento presencial a la institución',
  'Llamada a familiares desde la ventanilla',
];
