import type { Localized } from '../../i18n.ts';

export type Severity = 'error' | 'warning';

/** Rule ids R1–R47 of FORM.md §6. */
export type RuleId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5'
  | 'R6'
  | 'R7'
  | 'R8'
  | 'R9'
  | 'R10'
  | 'R11'
  | 'R12'
  | 'R13'
  | 'R14'
  | 'R15'
  | 'R16'
  | 'R17'
  | 'R18'
  | 'R19'
  | 'R20'
  | 'R21'
  | 'R22'
  | 'R23'
  | 'R24'
  | 'R25'
  | 'R26'
  | 'R27'
  | 'R28'
  | 'R29'
  | 'R30'
  | 'R31'
  | 'R32'
  | 'R33'
  | 'R34'
  | 'R35'
  | 'R36'
  | 'R37'
  | 'R38'
  | 'R39'
  | 'R40'
  | 'R41'
  | 'R42'
  | 'R43'
  | 'R44'
  | 'R45'
  | 'R46'
  | 'R47';

/** How a rule is reported: an error blocks saving, a warning is stored with the record. R14 is an acceptance rule and reports nothing. */
export type RuleKind = Severity | 'acceptance';

export type RuleDef = {
  id: RuleId;
  kind: RuleKind;
  /** Short name (FORM.md §6 heading in English; Spanish in our words). */
  title: Localized;
  /** Normative message template with `{placeholders}` (absent for R14). */
  message?: Localized;
};

/** FORM.md §6: every rule, its severity and its normative message templates. */
export const ruleCatalog = {
  R1: {
    id: 'R1',
    kind: 'error',
    title: { en: 'Required answer', es: 'Respuesta obligatoria' },
    message: { en: 'Please answer: {label}.', es: 'Responda esta pregunta: {label}.' },
  },
  R2: {
    id: 'R2',
    kind: 'error',
    title: { en: 'Valid value', es: 'Valor válido' },
    message: {
      en: "'{value}' is not an option for {label}. Choose one from the list.",
      es: "'{value}' no es una opción válida para {label}. Elija una de la lista.",
    },
  },
  R3: {
    id: 'R3',
    kind: 'error',
    title: {
      en: 'Case and activity answers kept apart',
      es: 'Respuestas de caso y de actividad separadas',
    },
    message: {
      en: 'A case cannot have activity answers (B.1–B.9), and an activity cannot have case answers (A.0–A.14). Delete them or change the record type.',
      es: 'Un caso no puede tener respuestas de actividad (B.1–B.9) y una actividad no puede tener respuestas de caso (A.0–A.14). Bórrelas o cambie el tipo de registro.',
    },
  },
  R4: {
    id: 'R4',
    kind: 'error',
    title: { en: 'Text length', es: 'Largo del texto' },
    message: {
      en: '{label} is too long: use at most {max} characters.',
      es: '{label} es demasiado largo: use como máximo {max} caracteres.',
    },
  },
  R5: {
    id: 'R5',
    kind: 'error',
    title: { en: '"Other" needs text', es: '"Otro" necesita un texto' },
    message: {
      en: 'You chose “Other”: write what it is in {other_label}.',
      es: 'Eligió “Otro”: escriba cuál es en {other_label}.',
    },
  },
  R6: {
    id: 'R6',
    kind: 'error',
    title: { en: 'Text only with "Other"', es: 'Texto solo con "Otro"' },
    message: {
      en: '{other_label} is only used when “Other” is chosen. Delete the text or choose “Other”.',
      es: '{other_label} solo se usa cuando se elige “Otro”. Borre el texto o elija “Otro”.',
    },
  },
  R7: {
    id: 'R7',
    kind: 'error',
    title: { en: 'Date not in the future', es: 'Fecha no futura' },
    message: {
      en: 'The date cannot be in the future. Enter the day the attention or activity took place.',
      es: 'La fecha no puede ser futura. Indique el día en que se realizó la atención o la actividad.',
    },
  },
  R8: {
    id: 'R8',
    kind: 'error',
    title: { en: 'Date not before 2015', es: 'Fecha no anterior a 2015' },
    message: {
      en: 'The date is before 1 January 2015. Check the year.',
      es: 'La fecha es anterior al 1 de enero de 2015. Revise el año.',
    },
  },
  R9: {
    id: 'R9',
    kind: 'error',
    title: { en: 'Officer ID format', es: 'Formato del código de la persona funcionaria' },
    message: {
      en: 'The ID can only have letters, numbers, dots, hyphens or underscores (up to 32). Check the ID IOM gave you.',
      es: 'El código solo puede tener letras, números, puntos, guiones o guiones bajos (hasta 32). Revise el código que le asignó la OIM.',
    },
  },
  R10: {
    id: 'R10',
    kind: 'error',
    title: {
      en: 'No name or community without consent',
      es: 'Sin nombre ni comunidad si no hay consentimiento',
    },
    message: {
      en: 'The person did not agree to be recorded: delete the name (A.0) and the community (A.3).',
      es: 'La persona no aceptó el registro: borre el nombre (A.0) y la comunidad (A.3).',
    },
  },
  R11: {
    id: 'R11',
    kind: 'error',
    title: { en: '"None" observation is exclusive', es: '"Ninguna" excluye otras observaciones' },
    message: {
      en: '“None of these conditions” cannot be combined with other observations. Untick one.',
      es: '“No se observó ninguna” no se puede combinar con otras condiciones. Desmarque una.',
    },
  },
  R12: {
    id: 'R12',
    kind: 'error',
    title: {
      en: 'Second nationality differs from the first',
      es: 'Segunda nacionalidad distinta de la primera',
    },
    message: {
      en: 'The second nationality must be different from the first. Change it or leave it empty.',
      es: 'La segunda nacionalidad debe ser distinta de la primera. Cámbiela o déjela vacía.',
    },
  },
  R13: {
    id: 'R13',
    kind: 'error',
    title: {
      en: 'No second nationality for a stateless person',
      es: 'Sin segunda nacionalidad para una persona apátrida',
    },
    message: {
      en: 'A stateless person has no nationality: leave the second nationality empty.',
      es: 'Una persona apátrida no tiene nacionalidad: deje vacía la segunda nacionalidad.',
    },
  },
  R14: {
    id: 'R14',
    kind: 'acceptance',
    title: {
      en: 'Non-migrants with a residence are valid',
      es: 'Personas no migrantes con cualquier residencia son válidas',
    },
  },
  R15: {
    id: 'R15',
    kind: 'warning',
    title: {
      en: 'Non-migrant in transit or returned',
      es: 'Persona no migrante en tránsito o retornada',
    },
    message: {
      en: 'A person in transit or returned is usually a migrant. Check A.2 and A.4.',
      es: 'Una persona en tránsito o retornada suele ser migrante. Revise A.2 y A.4.',
    },
  },
  R16: {
    id: 'R16',
    kind: 'warning',
    title: { en: 'Resident with an address abroad', es: 'Residente con dirección en otro país' },
    message: {
      en: 'The person resides in this country, but the address is in another country. Check A.2 or A.3.',
      es: 'La persona reside en el país, pero la dirección está en otro país. Revise A.2 o A.3.',
    },
  },
  R17: {
    id: 'R17',
    kind: 'error',
    title: { en: 'Work details required', es: 'Datos del trabajo obligatorios' },
    message: {
      en: 'The person works: choose the area of work and whether the job is formal or informal.',
      es: 'La persona trabaja: indique el área de trabajo y si el empleo es formal o informal.',
    },
  },
  R18: {
    id: 'R18',
    kind: 'error',
    title: {
      en: 'Work details only for people who work',
      es: 'Datos del trabajo solo para quien trabaja',
    },
    message: {
      en: 'Area of work and formality are only for people who work. Delete them or change A.9.',
      es: 'El área de trabajo y la formalidad solo aplican a personas que trabajan. Bórrelas o cambie A.9.',
    },
  },
  R19: {
    id: 'R19',
    kind: 'error',
    title: { en: 'At least one service', es: 'Al menos un servicio' },
    message: {
      en: 'Record the service the person requested (A.10).',
      es: 'Registre el servicio que solicitó la persona (A.10).',
    },
  },
  R20: {
    id: 'R20',
    kind: 'error',
    title: { en: 'Service slots without gaps', es: 'Servicios en orden, sin huecos' },
    message: {
      en: 'Fill the services in order: service {n} has an answer but service {n−1} is empty.',
      es: 'Registre los servicios en orden: el servicio {n} tiene respuesta pero el servicio {n−1} está vacío.',
    },
  },
  R21: {
    id: 'R21',
    kind: 'error',
    title: { en: 'At most three services', es: 'Como máximo tres servicios' },
    message: {
      en: 'A case can have at most 3 services. Keep the 3 main ones.',
      es: 'Un caso puede tener como máximo 3 servicios. Deje los 3 principales.',
    },
  },
  R22: {
    id: 'R22',
    kind: 'error',
    title: { en: 'Each service needs an action', es: 'Cada servicio necesita una acción' },
    message: {
      en: 'Record the action taken for service {n} (A.11).',
      es: 'Registre la acción realizada para el servicio {n} (A.11).',
    },
  },
  R23: {
    id: 'R23',
    kind: 'error',
    title: { en: 'An empty slot carries no details', es: 'Un servicio vacío no lleva otros datos' },
    message: {
      en: 'Service {n} is empty but has other answers. Choose the service or delete those answers.',
      es: 'El servicio {n} está vacío pero tiene otras respuestas. Elija el servicio o borre esas respuestas.',
    },
  },
  R24: {
    id: 'R24',
    kind: 'error',
    title: {
      en: 'A referral needs the organization',
      es: 'Una referencia necesita la organización',
    },
    message: {
      en: 'Write the name of the organization the person was referred to (service {n}).',
      es: 'Escriba el nombre de la organización o institución a la que se refirió a la persona (servicio {n}).',
    },
  },
  R25: {
    id: 'R25',
    kind: 'error',
    title: {
      en: 'An organization only for referral actions',
      es: 'Organización solo para acciones de referencia',
    },
    message: {
      en: 'An organization is recorded only when the action is a referral. Delete it or choose a referral action (service {n}).',
      es: 'La organización solo se registra cuando la acción es una referencia. Bórrela o elija una acción de referencia (servicio {n}).',
    },
  },
  R26: {
    id: 'R26',
    kind: 'error',
    title: { en: 'No repeated slot', es: 'Sin servicios repetidos' },
    message: {
      en: 'Service {n} repeats service {m} with the same action. Delete the repeated one.',
      es: 'El servicio {n} repite el servicio {m} con la misma acción. Borre el repetido.',
    },
  },
  R27: {
    id: 'R27',
    kind: 'error',
    title: {
      en: 'Vulnerability "yes" needs at least one type',
      es: 'Vulnerabilidad "sí" necesita al menos un tipo',
    },
    message: {
      en: 'You answered Yes: choose at least one type of vulnerability.',
      es: 'Respondió Sí: elija al menos un tipo de vulnerabilidad.',
    },
  },
  R28: {
    id: 'R28',
    kind: 'error',
    title: { en: 'Vulnerability "no" carries no types', es: 'Vulnerabilidad "no" sin tipos' },
    message: {
      en: 'You answered No: delete the vulnerability types or change the answer to Yes.',
      es: 'Respondió No: borre los tipos de vulnerabilidad o cambie la respuesta a Sí.',
    },
  },
  R29: {
    id: 'R29',
    kind: 'warning',
    title: {
      en: 'Unaccompanied child: refer to child protection',
      es: 'Niñez no acompañada: referir a protección de la niñez',
    },
    message: {
      en: 'Unaccompanied or separated child: refer them now to the child protection institution and record it as an action (A.11).',
      es: 'Niña, niño o adolescente no acompañado o separado: haga la referencia de inmediato a la institución de protección de la niñez y regístrela como acción (A.11).',
    },
  },
  R30: {
    id: 'R30',
    kind: 'warning',
    title: { en: 'Child condition with an adult age', es: 'Condición de niñez con edad adulta' },
    message: {
      en: 'You marked a child condition but the age range is 18 or over. Check A.5.',
      es: 'Marcó una condición de niñez pero el rango de edad es de 18 años o más. Revise A.5.',
    },
  },
  R31: {
    id: 'R31',
    kind: 'warning',
    title: { en: 'Signs of trafficking: referral', es: 'Indicios de trata: referencia' },
    message: {
      en: "Signs of trafficking: the hub must refer to the competent anti-trafficking authority. Explain the referral, ask for the person's informed consent, and record the referral (A.11).",
      es: 'Indicios de trata: la ventanilla debe referir a la autoridad competente en trata. Explique la referencia, pida el consentimiento informado de la persona y registre la referencia (A.11).',
    },
  },
  R32: {
    id: 'R32',
    kind: 'warning',
    title: {
      en: 'Possible international protection: referral',
      es: 'Posible protección internacional: referencia',
    },
    message: {
      en: 'Possible need for international protection: tell the person about the refugee authority and UNHCR, and record the referral if made (A.11).',
      es: 'Posible necesidad de protección internacional: informe a la persona sobre la autoridad de refugio y el ACNUR, y registre la referencia si se hizo (A.11).',
    },
  },
  R33: {
    id: 'R33',
    kind: 'warning',
    title: {
      en: 'Observation item 14 needs another condition',
      es: 'El punto 14 de la observación necesita otra condición',
    },
    message: {
      en: 'Item 14 applies to women who also show another condition. Tick that condition too.',
      es: 'El punto 14 aplica a mujeres que también presentan otra condición. Marque también esa condición.',
    },
  },
  R34: {
    id: 'R34',
    kind: 'warning',
    title: { en: 'Observation item 14 and gender', es: 'Punto 14 de la observación y género' },
    message: {
      en: 'Item 14 is for women, but A.6 is not Woman or Trans woman. Check A.6 or the observation.',
      es: 'El punto 14 es para mujeres, pero A.6 no es Mujer ni Mujer trans. Revise A.6 o la observación.',
    },
  },
  R35: {
    id: 'R35',
    kind: 'warning',
    title: {
      en: "Activity outside the hub's country",
      es: 'Actividad fuera del país de la ventanilla',
    },
    message: {
      en: "The activity took place outside the hub's country. Check B.1.",
      es: 'La actividad se realizó fuera del país de la ventanilla. Revise B.1.',
    },
  },
  R36: {
    id: 'R36',
    kind: 'error',
    title: {
      en: 'A training workshop needs the pass count',
      es: 'Un taller necesita el número de aprobados',
    },
    message: {
      en: 'For a training workshop, enter how many participants scored above 70 (0 if none).',
      es: 'Para un taller de capacitación, indique cuántas personas obtuvieron más de 70 puntos (0 si ninguna).',
    },
  },
  R37: {
    id: 'R37',
    kind: 'error',
    title: {
      en: 'Pass count only for training workshops',
      es: 'Número de aprobados solo para talleres',
    },
    message: {
      en: 'The number who scored above 70 is only for training workshops. Delete it or change the activity type.',
      es: 'El número de personas con más de 70 puntos solo aplica a talleres de capacitación. Bórrelo o cambie el tipo de actividad.',
    },
  },
  R38: {
    id: 'R38',
    kind: 'error',
    title: {
      en: 'Pass count is a whole number, 0 or more',
      es: 'El número de aprobados es un entero, 0 o más',
    },
    message: { en: 'Enter a whole number, 0 or more.', es: 'Indique un número entero, 0 o más.' },
  },
  R39: {
    id: 'R39',
    kind: 'error',
    title: {
      en: 'Pass count within the people reached',
      es: 'Aprobados dentro de las personas alcanzadas',
    },
    message: {
      en: '{value} people cannot have scored above 70: B.4 says at most {upper} people were reached. Check B.2 or B.4.',
      es: 'No es posible que {value} personas obtuvieran más de 70 puntos: según B.4 se alcanzó como máximo a {upper}. Revise B.2 o B.4.',
    },
  },
  R40: {
    id: 'R40',
    kind: 'error',
    title: { en: 'Percentages in steps of 10', es: 'Porcentajes en múltiplos de 10' },
    message: {
      en: 'Enter a percentage from 0 to 100 in steps of 10 (0, 10, 20 … 100).',
      es: 'Indique un porcentaje de 0 a 100 en múltiplos de 10 (0, 10, 20 … 100).',
    },
  },
  R41: {
    id: 'R41',
    kind: 'error',
    title: { en: 'Unmet needs described', es: 'Necesidades no atendidas descritas' },
    message: {
      en: 'Describe briefly the information needs you detected.',
      es: 'Describa brevemente las necesidades de información detectadas.',
    },
  },
  R42: {
    id: 'R42',
    kind: 'error',
    title: {
      en: 'No needs text when the answer is "no"',
      es: 'Sin descripción de necesidades si la respuesta es "no"',
    },
    message: {
      en: 'You answered No: delete the description of needs or change the answer to Yes.',
      es: 'Respondió No: borre la descripción de necesidades o cambie la respuesta a Sí.',
    },
  },
  R43: {
    id: 'R43',
    kind: 'warning',
    title: {
      en: 'Average age under 18 but 0 % minors',
      es: 'Edad promedio menor de 18 pero 0 % de menores',
    },
    message: {
      en: 'If the average age is under 18, some participants are minors. Check B.6 or B.7.',
      es: 'Si la edad promedio es menor de 18 años, hay participantes menores de edad. Revise B.6 o B.7.',
    },
  },
  R44: {
    id: 'R44',
    kind: 'warning',
    title: {
      en: '100 % minors but an adult average age',
      es: '100 % de menores pero edad promedio adulta',
    },
    message: {
      en: 'If all participants are under 18, the average age must be under 18. Check B.6 or B.7.',
      es: 'Si todas las personas participantes son menores de 18 años, la edad promedio debe ser menor de 18. Revise B.6 o B.7.',
    },
  },
  R45: {
    id: 'R45',
    kind: 'warning',
    title: {
      en: 'Young child with an adult civil status',
      es: 'Niña o niño pequeño con un estado civil de persona adulta',
    },
    message: {
      en: 'A child under 12 with this civil status is unusual. Check A.5 or A.7; if it is right, consider child protection (child marriage or union).',
      es: 'Una niña o niño menor de 12 años con este estado civil es poco habitual. Revise A.5 o A.7; si es correcto, considere protección de la niñez (matrimonio o unión infantil).',
    },
  },
  R46: {
    id: 'R46',
    kind: 'warning',
    title: { en: 'Child under 12 who works', es: 'Niña o niño menor de 12 años que trabaja' },
    message: {
      en: 'A child under 12 who works may be in child labour. Check A.5 or A.9; if it is right, consider a referral to child protection.',
      es: 'Una niña o niño menor de 12 años que trabaja puede estar en trabajo infantil. Revise A.5 o A.9; si es correcto, considere referir a protección de la niñez.',
    },
  },
  R47: {
    id: 'R47',
    kind: 'warning',
    title: {
      en: 'School level beyond the age range',
      es: 'Nivel educativo que no corresponde a la edad',
    },
    message: {
      en: 'This school level is not possible at this age. Check A.5 or A.8.',
      es: 'Este nivel educativo no es posible a esta edad. Revise A.5 o A.8.',
    },
  },
} as const satisfies Record<RuleId, RuleDef>;

export const ruleIds = Object.keys(ruleCatalog) as RuleId[];

/** Secondary normative messages that belong to a rule but are not its main text. */
export const extraMessages = {
  /** R2 for dates and numbers. */
  invalidDate: {
    en: "'{value}' is not a valid date for {label}. Write year-month-day, like 2024-03-05.",
    es: "'{value}' no es una fecha válida para {label}. Escriba año-mes-día, como 2024-03-05.",
  },
  invalidWholeNumber: {
    en: "'{value}' is not a whole number, as {label} needs. Write it without decimals, like 12.",
    es: "'{value}' no es un número entero, como pide {label}. Escríbalo sin decimales, como 12.",
  },
  /** R7 and R8 joined in the XLSForm constraint. */
  dateRange: {
    en: 'The date must be between 1 January 2015 and today.',
    es: 'La fecha debe estar entre el 1 de enero de 2015 y hoy.',
  },
  /** R39 in the XLSForm, where {value} and {upper} cannot be filled. */
  passCountFormVersion: {
    en: 'The number who scored above 70 (B.2) is more than the people reached in this range. Check B.2 or B.4.',
    es: 'El número con más de 70 puntos (B.2) supera a las personas alcanzadas en este rango. Revise B.2 o B.4.',
  },
  /** §7.4: single and 0/1 columns disagree (R2, importer). */
  columnsDisagree: {
    en: 'The answers for {label} disagree between columns. Fix the export.',
    es: 'Las respuestas de {label} no coinciden entre columnas. Corrija la exportación.',
  },
} as const satisfies Record<string, Localized>;
