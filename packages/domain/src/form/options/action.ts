import { defineOptionList } from './option.ts';

/** FORM.md §5.16 `action`. */
export const actionList = defineOptionList({
  name: 'action',
  options: [
    {
      code: 'info_verbal',
      en: 'Information given verbally',
      es: 'Se brindó información de forma verbal',
      requires_referral_org: 'no',
    },
    {
      code: 'info_written',
      en: 'Printed or digital information material given',
      es: 'Se entregó material informativo impreso o digital',
      requires_referral_org: 'no',
    },
    {
      code: 'legal_advice_given',
      en: 'Legal immigration advice given',
      es: 'Se brindó asesoría legal migratoria',
      requires_referral_org: 'no',
    },
    {
      code: 'documents_reviewed',
      en: 'Documents reviewed',
      es: 'Se revisaron documentos',
      requires_referral_org: 'no',
    },
    {
      code: 'filing_guidance',
      en: 'Guidance on submitting documents to the migration authority',
      es: 'Se orientó sobre la entrega de documentos a la autoridad migratoria',
      requires_referral_org: 'no',
    },
    {
      code: 'appointment_scheduled',
      en: 'Appointment scheduled with the migration authority',
      es: 'Se programó una cita con la autoridad migratoria',
      requires_referral_org: 'no',
    },
    {
      code: 'online_procedure_done',
      en: 'Online procedure completed with the person',
      es: 'Se realizó el trámite en línea con la persona',
      requires_referral_org: 'no',
    },
    {
      code: 'file_follow_up',
      en: "Follow-up of the person's migration file",
      es: 'Se dio seguimiento al expediente migratorio',
      requires_referral_org: 'no',
    },
    {
      code: 'basic_needs_met',
      en: 'Basic needs covered at the hub (water, food, hygiene, clothing)',
      es: 'Se atendieron necesidades básicas en la ventanilla (agua, alimentos, higiene, ropa)',
      requires_referral_org: 'no',
    },
    {
      code: 'pfa_given',
      en: 'Psychological first aid given',
      es: 'Se brindaron primeros auxilios psicológicos',
      requires_referral_org: 'no',
    },
    {
      code: 'labour_profile_registered',
      en: 'Labour profile registered (shared with job boards only with consent)',
      es: 'Se registró el perfil laboral (se comparte con bolsas de empleo solo con consentimiento)',
      requires_referral_org: 'no',
    },
    {
      code: 'referred_to_organization',
      en: 'Referred to another organization or institution',
      es: 'Se refirió a otra organización o institución',
      requires_referral_org: 'yes',
    },
    {
      code: 'referred_child_protection',
      en: 'Referred to the child protection institution',
      es: 'Se refirió a la institución de protección de la niñez',
      requires_referral_org: 'yes',
    },
    {
      code: 'referred_refugee_authority',
      en: 'Referred to the refugee authority or UNHCR',
      es: 'Se refirió a la autoridad de refugio o al ACNUR',
      requires_referral_org: 'yes',
    },
    {
      code: 'referred_trafficking_authority',
      en: 'Referred to the anti-trafficking authority',
      es: 'Se refirió a la autoridad competente en trata de personas',
      requires_referral_org: 'yes',
    },
    {
      code: 'referred_emergency_protection',
      en: 'Referred for urgent protection (police, victim protection)',
      es: 'Se refirió a protección urgente (policía, atención a víctimas)',
      requires_referral_org: 'yes',
    },
    {
      code: 'referred_health',
      en: 'Referred to health services',
      es: 'Se refirió a servicios de salud',
      requires_referral_org: 'yes',
    },
    {
      code: 'referred_shelter',
      en: 'Referred to a shelter',
      es: 'Se refirió a un albergue',
      requires_referral_org: 'yes',
    },
    {
      code: 'referred_employment',
      en: 'Referred to employment, training or microcredit services',
      es: 'Se refirió a servicios de empleo, capacitación o microcrédito',
      requires_referral_org: 'yes',
    },
    {
      code: 'other',
      en: 'Other action (specify)',
      es: 'Otra acción (especifique)',
      requires_referral_org: 'no',
    },
  ],
});

export type ActionCode = (typeof actionList.options)[number]['code'];

/** The prefix every referral action code starts with (§5.16 invariant). */
export const referralActionPrefix = 'referred_';

/** §6.0 `requires_org(x)`: the action needs the organization the person was referred to. */
export function isReferralAction({ code }: { code: string | null | undefined }): boolean {
  return actionList.options.some(
    (option) => option.code === code && option.requires_referral_org === 'yes',
  );
}
