import { ruleCatalog } from '../rules/catalog.ts';
import type { FieldDef, Slot } from './field-def.ts';
import { message, otherText, warningNote, withDefaults, type Spec } from './spec.ts';

const minorBands =
  "${a5_age_range} = 'age_0_5' or ${a5_age_range} = 'age_6_11' or ${a5_age_range} = 'age_12_17'";

function slotSpecs(n: Slot): Spec[] {
  const helper =
    n === 1 ? '' : n === 2 ? "${a12_another_service} = 'yes'" : "${a13_another_service} = 'yes'";
  const when = (condition: string) => (helper ? `${helper} and ${condition}` : condition);
  const r26 =
    n === 2
      ? "not(${a10_service_2} = ${a10_service_1} and . = ${a11_action_1} and ${a10_service_2} != 'other' and . != 'other' and not(starts-with(., 'referred_')))"
      : n === 3
        ? "not((${a10_service_3} = ${a10_service_1} and . = ${a11_action_1}) or (${a10_service_3} = ${a10_service_2} and . = ${a11_action_2})) or ${a10_service_3} = 'other' or . = 'other' or starts-with(., 'referred_')"
        : undefined;
  const specs: Spec[] = [
    {
      name: `a10_service_${n}`,
      type: 'select_one',
      list: 'service',
      slot: n,
      required: n === 1,
      requiredWhenRelevant: true,
      label: {
        en: `A.10 Service requested (${n} of 3)`,
        es: `A.10 Servicio solicitado (${n} de 3)`,
      },
      ...(n === 1
        ? {
            required_message: message('R19'),
            hint: { en: 'Up to 3 services per person.', es: 'Hasta 3 servicios por persona.' },
          }
        : { relevant: helper }),
    },
    otherText({
      name: `a10_service_other_${n}`,
      type: 'text',
      maxLength: 100,
      slot: n,
      label: {
        en: `A.10 Other service (${n} of 3), specify`,
        es: `A.10 Otro servicio (${n} de 3), especifique`,
      },
      relevant: when(`\${a10_service_${n}} = 'other'`),
    }),
    {
      name: `a11_action_${n}`,
      type: 'select_one',
      list: 'action',
      slot: n,
      requiredWhenRelevant: true,
      required_message: message('R22', { n }),
      label: {
        en: `A.11 Action taken for service ${n}`,
        es: `A.11 Acción realizada para el servicio ${n}`,
      },
      relevant: when(`\${a10_service_${n}} != ''`),
      ...(r26 ? { constraint: r26, constraint_message: message('R26', { n, m: n - 1 }) } : {}),
    },
    otherText({
      name: `a11_action_other_${n}`,
      type: 'text',
      maxLength: 100,
      slot: n,
      label: {
        en: `A.11 Other action for service ${n}, specify`,
        es: `A.11 Otra acción para el servicio ${n}, especifique`,
      },
      relevant: when(`\${a11_action_${n}} = 'other'`),
    }),
    {
      name: `a11_referral_org_${n}`,
      type: 'text',
      maxLength: 150,
      slot: n,
      requiredWhenRelevant: true,
      required_message: message('R24', { n }),
      label: {
        en: `A.11 Organization the person was referred to for service ${n}`,
        es: `A.11 Organización o institución a la que se refirió a la persona por el servicio ${n}`,
      },
      relevant: when(`starts-with(\${a11_action_${n}}, 'referred_')`),
    },
  ];
  if (n === 3 && specs[2]) {
    // R26 for slot 3 compares with slots 1 and 2: the message names the general case.
    specs[2].constraint_message = {
      en: ruleCatalog.R26.message.en.replace('{n}', '3').replace('{m}', '1 or 2'),
      es: ruleCatalog.R26.message.es.replace('{n}', '3').replace('{m}', '1 o 2'),
    };
  }
  return specs;
}

const caseSpecs: Spec[] = [
  {
    name: 'consent',
    type: 'select_one',
    list: 'yes_no',
    required: true,
    label: {
      en: 'Did the person agree to have this attention recorded?',
      es: '¿La persona aceptó que se registre esta atención?',
    },
    hint: {
      en: 'Explain that the information is confidential, is never shared with third parties, and that the person may skip any question or stop at any time.',
      es: 'Explique que la información es confidencial, que nunca se comparte con terceros y que la persona puede no responder cualquier pregunta o terminar en cualquier momento.',
    },
  },
  {
    name: 'observation',
    type: 'select_multiple',
    list: 'observation',
    label: {
      en: 'Observation before the interview: conditions seen (tick all that apply)',
      es: 'Observación previa a la entrevista: condiciones identificadas (marque todas las que apliquen)',
    },
    hint: {
      en: 'Mark what you saw before the interview. Any condition means the 4-step route. If none applies, mark the last option.',
      es: 'Marque lo que observó antes de la entrevista. Cualquier condición indica la ruta de 4 pasos. Si no aplica ninguna, marque la última opción.',
    },
    constraint: "not(selected(., 'none') and count-selected(.) > 1)",
    constraint_message: message('R11'),
  },
  {
    name: 'note_route_4_step',
    type: 'note',
    label: {
      en: 'Use the 4-step route: 1) urgent needs, 2) imminent danger, 3) identification interview (Annex 1), 4) immediate referral.',
      es: 'Use la ruta de 4 pasos: 1) necesidades urgentes, 2) valoración de peligro inminente, 3) entrevista de identificación (Anexo 1), 4) referencia inmediata.',
    },
    relevant: "count-selected(${observation}) > 0 and not(selected(${observation}, 'none'))",
  },
  {
    name: 'note_route_2_step',
    type: 'note',
    label: {
      en: 'Use the 2-step route: 1) general interview, 2) information or channelling.',
      es: 'Use la ruta de 2 pasos: 1) entrevista general, 2) información o canalización.',
    },
    relevant: "selected(${observation}, 'none')",
  },
  warningNote(
    'R33',
    "selected(${observation}, 'woman_at_risk') and count-selected(${observation}) = 1",
  ),
  {
    name: 'a0_name',
    type: 'text',
    maxLength: 100,
    label: { en: 'A.0 Name of the person attended', es: 'A.0 Nombre de la persona atendida' },
    hint: {
      en: 'Optional. Leave empty if the person prefers.',
      es: 'Opcional. Déjelo vacío si la persona lo prefiere.',
    },
    relevant: "${consent} = 'yes'",
  },
  {
    name: 'a1_nationality',
    type: 'select_one',
    list: 'nationality',
    required: true,
    label: { en: 'A.1 Nationality', es: 'A.1 Nacionalidad' },
    appearance: 'minimal autocomplete',
  },
  otherText({
    name: 'a1_nationality_other',
    type: 'text',
    maxLength: 100,
    label: { en: 'A.1 Other nationality (specify)', es: 'A.1 Otra nacionalidad (especifique)' },
    relevant: "${a1_nationality} = 'other'",
  }),
  {
    name: 'a1_second_nationality',
    type: 'select_one',
    list: 'country',
    label: { en: 'A.1 Second nationality (if any)', es: 'A.1 Segunda nacionalidad (si tiene)' },
    appearance: 'minimal autocomplete',
    relevant: "${a1_nationality} != '' and ${a1_nationality} != 'stateless'",
    constraint: '. != ${a1_nationality}',
    constraint_message: message('R12'),
  },
  {
    name: 'a2_residence',
    type: 'select_one',
    list: 'residence',
    required: true,
    label: {
      en: 'A.2 Does the person reside in this country or are they in transit?',
      es: 'A.2 ¿La persona reside en este país o está en tránsito?',
    },
  },
  {
    name: 'a3_country',
    type: 'select_one',
    list: 'country',
    required: true,
    label: { en: 'A.3 Address: country', es: 'A.3 Dirección: país' },
    hint: {
      en: 'Where the person lives or is staying now.',
      es: 'Donde la persona vive o se hospeda actualmente.',
    },
    appearance: 'minimal autocomplete',
  },
  {
    name: 'a3_admin1',
    type: 'text',
    maxLength: 100,
    required: true,
    label: {
      en: 'A.3 Address: state, province or department',
      es: 'A.3 Dirección: estado, provincia o departamento',
    },
  },
  {
    name: 'a3_admin2',
    type: 'text',
    maxLength: 100,
    required: true,
    label: {
      en: 'A.3 Address: municipality, canton or district',
      es: 'A.3 Dirección: municipio, cantón o distrito',
    },
  },
  {
    name: 'a3_community',
    type: 'text',
    maxLength: 100,
    label: {
      en: 'A.3 Address: community or neighbourhood',
      es: 'A.3 Dirección: comunidad, barrio, colonia o aldea',
    },
    relevant: "${consent} = 'yes'",
  },
  {
    name: 'a4_is_migrant',
    type: 'select_one',
    list: 'yes_no',
    required: true,
    label: { en: 'A.4 Is the person a migrant?', es: 'A.4 ¿Es una persona migrante?' },
  },
  warningNote(
    'R15',
    "${a4_is_migrant} = 'no' and (${a2_residence} = 'in_transit' or ${a2_residence} = 'returned')",
  ),
  {
    name: 'a5_age_range',
    type: 'select_one',
    list: 'age_range',
    required: true,
    label: { en: 'A.5 Age range', es: 'A.5 Rango de edad' },
    hint: { en: 'No exact age is needed.', es: 'No se necesita la edad exacta.' },
  },
  {
    name: 'a6_gender',
    type: 'select_one',
    list: 'gender',
    required: true,
    label: { en: 'A.6 Gender', es: 'A.6 Género' },
    hint: {
      en: 'Record the gender the person states.',
      es: 'Registre el género que la persona indique.',
    },
  },
  otherText({
    name: 'a6_gender_other',
    type: 'text',
    maxLength: 100,
    label: { en: 'A.6 Other gender (specify)', es: 'A.6 Otro género (especifique)' },
    relevant: "${a6_gender} = 'other'",
  }),
  warningNote(
    'R34',
    "selected(${observation}, 'woman_at_risk') and ${a6_gender} != '' and ${a6_gender} != 'woman' and ${a6_gender} != 'trans_woman'",
  ),
  {
    name: 'a7_civil_status',
    type: 'select_one',
    list: 'civil_status',
    required: true,
    label: { en: 'A.7 Civil status', es: 'A.7 Estado civil' },
  },
  warningNote(
    'R45',
    "(${a5_age_range} = 'age_0_5' or ${a5_age_range} = 'age_6_11') and (${a7_civil_status} = 'married' or ${a7_civil_status} = 'common_law' or ${a7_civil_status} = 'separated' or ${a7_civil_status} = 'divorced' or ${a7_civil_status} = 'widowed')",
  ),
  {
    name: 'a8_school_level',
    type: 'select_one',
    list: 'school_level',
    required: true,
    label: { en: 'A.8 Highest school level reached', es: 'A.8 Nivel educativo más alto alcanzado' },
  },
  warningNote(
    'R47',
    "(${a5_age_range} = 'age_0_5' and ${a8_school_level} != '' and ${a8_school_level} != 'no_schooling' and ${a8_school_level} != 'primary_incomplete' and ${a8_school_level} != 'unknown') or (${a5_age_range} = 'age_6_11' and (${a8_school_level} = 'secondary_complete' or ${a8_school_level} = 'technical_incomplete' or ${a8_school_level} = 'technical_complete' or ${a8_school_level} = 'university_incomplete' or ${a8_school_level} = 'university_complete' or ${a8_school_level} = 'postgraduate'))",
  ),
  {
    name: 'a9_occupation',
    type: 'select_one',
    list: 'occupation',
    required: true,
    label: { en: 'A.9 Current occupation', es: 'A.9 Ocupación actual' },
    hint: {
      en: 'The situation today, not before migrating.',
      es: 'La situación actual, no la de antes de migrar.',
    },
  },
  warningNote(
    'R46',
    "(${a5_age_range} = 'age_0_5' or ${a5_age_range} = 'age_6_11') and (${a9_occupation} = 'work' or ${a9_occupation} = 'study_and_work')",
  ),
  {
    name: 'a9_occupation_area',
    type: 'select_one',
    list: 'occupation_area',
    requiredWhenRelevant: true,
    required_message: message('R17'),
    label: { en: 'A.9 Area of work', es: 'A.9 Área de trabajo' },
    relevant: "${a9_occupation} = 'work' or ${a9_occupation} = 'study_and_work'",
  },
  otherText({
    name: 'a9_occupation_area_other',
    type: 'text',
    maxLength: 100,
    label: { en: 'A.9 Other area of work (specify)', es: 'A.9 Otra área de trabajo (especifique)' },
    relevant: "${a9_occupation_area} = 'other'",
  }),
  {
    name: 'a9_labour_formality',
    type: 'select_one',
    list: 'labour_formality',
    requiredWhenRelevant: true,
    required_message: message('R17'),
    label: {
      en: 'A.9 Is the work formal or informal?',
      es: 'A.9 ¿El trabajo es formal o informal?',
    },
    relevant: "${a9_occupation} = 'work' or ${a9_occupation} = 'study_and_work'",
  },
  ...slotSpecs(1),
  {
    name: 'a12_another_service',
    type: 'select_one',
    list: 'yes_no',
    stored: false,
    requiredWhenRelevant: true,
    label: {
      en: 'A.12 Was a second service provided?',
      es: 'A.12 ¿Se brindó un segundo servicio?',
    },
    relevant: "${a11_action_1} != ''",
  },
  ...slotSpecs(2),
  {
    name: 'a13_another_service',
    type: 'select_one',
    list: 'yes_no',
    stored: false,
    requiredWhenRelevant: true,
    label: { en: 'A.13 Was a third service provided?', es: 'A.13 ¿Se brindó un tercer servicio?' },
    relevant: "${a12_another_service} = 'yes' and ${a11_action_2} != ''",
  },
  ...slotSpecs(3),
  {
    name: 'a14_vulnerability',
    type: 'select_one',
    list: 'yes_no',
    required: true,
    label: {
      en: 'A.14 Was any vulnerability detected?',
      es: 'A.14 ¿Se detectó alguna vulnerabilidad?',
    },
  },
  {
    name: 'a14_vulnerability_types',
    type: 'select_multiple',
    list: 'vulnerability_type',
    requiredWhenRelevant: true,
    required_message: message('R27'),
    label: {
      en: 'A.14 Vulnerabilities detected (tick all that apply)',
      es: 'A.14 Vulnerabilidades detectadas (marque todas las que apliquen)',
    },
    relevant: "${a14_vulnerability} = 'yes'",
  },
  otherText({
    name: 'a14_vulnerability_other',
    type: 'text',
    maxLength: 100,
    label: {
      en: 'A.14 Other vulnerability (specify)',
      es: 'A.14 Otra vulnerabilidad (especifique)',
    },
    relevant: "selected(${a14_vulnerability_types}, 'other')",
  }),
  warningNote(
    'R30',
    "${a5_age_range} != '' and ${a5_age_range} != 'unknown' and ${a5_age_range} != 'age_0_5' and ${a5_age_range} != 'age_6_11' and ${a5_age_range} != 'age_12_17' and (selected(${observation}, 'unaccompanied_child') or selected(${a14_vulnerability_types}, 'unaccompanied_separated_child') or selected(${a14_vulnerability_types}, 'child_with_unrelated_adult') or selected(${a14_vulnerability_types}, 'child_rights_violation'))",
  ),
  warningNote(
    'R29',
    `(selected(\${observation}, 'unaccompanied_child') or selected(\${a14_vulnerability_types}, 'unaccompanied_separated_child')) and (${minorBands} or \${a5_age_range} = 'unknown') and \${a11_action_1} != 'referred_child_protection' and \${a11_action_2} != 'referred_child_protection' and \${a11_action_3} != 'referred_child_protection'`,
  ),
  warningNote(
    'R31',
    "(selected(${observation}, 'possible_trafficking') or selected(${a14_vulnerability_types}, 'trafficking_offer') or selected(${a14_vulnerability_types}, 'documents_retained') or selected(${a14_vulnerability_types}, 'control_threats') or selected(${a14_vulnerability_types}, 'forced_labour_exploitation') or selected(${a14_vulnerability_types}, 'abduction_coercion')) and ${a11_action_1} != 'referred_trafficking_authority' and ${a11_action_2} != 'referred_trafficking_authority' and ${a11_action_3} != 'referred_trafficking_authority'",
  ),
  warningNote(
    'R32',
    "(selected(${observation}, 'asylum_seeker') or selected(${a14_vulnerability_types}, 'persecution') or selected(${a14_vulnerability_types}, 'generalized_violence') or selected(${a14_vulnerability_types}, 'gender_based_violence') or selected(${a14_vulnerability_types}, 'fear_of_return') or selected(${a14_vulnerability_types}, 'asylum_seeker')) and ${a11_action_1} != 'referred_refugee_authority' and ${a11_action_2} != 'referred_refugee_authority' and ${a11_action_3} != 'referred_refugee_authority'",
  ),
];

/** The `case` group rows (§3.1, §3.4), in form order, form-only rows included. */
export const caseFields: readonly FieldDef[] = caseSpecs.map((spec) => withDefaults('case', spec));
