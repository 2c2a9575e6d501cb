/** Spanish texts of the demo casework: short, plausible, about no real person. */

export const OUTCOME_NOTES: Record<string, readonly string[]> = {
  resolved: [
    'La institución confirmó la atención y la persona recibió el servicio.',
    'Se obtuvo cita y la persona fue atendida; no requiere más seguimiento.',
    'La persona confirmó por teléfono que su situación quedó resuelta.',
  ],
  partly: [
    'Recibió orientación, pero queda pendiente un trámite de documentos.',
    'Fue atendida; la institución pidió volver la próxima semana.',
    'Se cubrió la necesidad urgente; falta el acompañamiento legal.',
  ],
  not_resolved: [
    'La institución no tenía cupo; se buscará otra alternativa.',
    'No se pudo completar la atención por falta de requisitos.',
  ],
  declined: [
    'La persona decidió continuar su ruta y no acudir a la referencia.',
    'La persona prefirió no ser atendida por la institución.',
  ],
  lost_contact: [
    'No contesta el teléfono desde hace dos semanas.',
    'La persona cambió de número y no regresó a la ventanilla.',
  ],
};

/** Annex 1 section 5: the person's current situation, by concluded profile. */
export const SITUATIONS: Record<string, readonly string[]> = {
  trafficking: [
    'Refiere haber sido reclutada con una oferta de empleo engañosa; se encuentra en un lugar seguro.',
    'Indica que le retuvieron los documentos y le exigen una deuda; pidió apoyo.',
  ],
  refugee: [
    'Manifiesta temor de regresar a su país por amenazas; desea solicitar protección.',
    'Salió de su país por persecución y busca información sobre la solicitud de refugio.',
  ],
  child_at_risk: [
    'Adolescente que viaja sin una persona adulta responsable.',
    'Niña acompañada por una persona que no es su familiar.',
  ],
  migrant_at_risk: [
    'Sin lugar donde pasar la noche y con una lesión en el pie.',
    'Fue víctima de robo en la ruta y se quedó sin recursos.',
  ],
};

export const ASSISTANCE = [
  'Primeros auxilios psicológicos e información sobre sus derechos.',
  'Orientación, llamada a la institución y acompañamiento hasta la cita.',
  'Kit de higiene, alimentación y orientación sobre la ruta de atención.',
];

export const CONTACT_PEOPLE = [
  'Lic. Ana Ejemplo',
  'Lic. Mario Ficticio',
  'Trabajadora social Rosa Demo',
  'Psicólogo Luis Ejemplo',
];

export const MCA_WORKPLACES = [
  'Comedor comunitario (ejemplo)',
  'Iglesia del barrio (ejemplo)',
  'Tienda de abarrotes (ejemplo)',
  'Asociación de vecinos (ejemplo)',
  'Terminal de buses (ejemplo)',
];

export const MCA_PLACES = [
  'Terminal de buses',
  'Parque central',
  'Comedor comunitario',
  'Albergue temporal',
  'Mercado municipal',
];

export const MCA_SITUATIONS = [
  'Familia recién llegada sin información sobre trámites.',
  'Joven buscando trabajo que no conoce sus derechos laborales.',
  'Mujer con niños que necesita un lugar para pasar la noche.',
  'Persona que perdió sus documentos en la ruta.',
];

export const MCA_INTERVENTIONS = [
  'Le explicó los servicios de la ventanilla y le acompañó hasta ahí.',
  'Le dio el folleto de la ventanilla y el número de teléfono.',
  'Le orientó sobre el albergue más cercano.',
  'Le informó sobre los requisitos del trámite migratorio.',
];

export const MCA_FOLLOW_UPS = [
  'Llamar en una semana para saber si acudió.',
  'La ventanilla confirmó que la persona llegó.',
  'Sin seguimiento: la persona siguió su ruta.',
];

export const CHECK_IN_NOTES = [
  'Todo en orden; pidió más folletos.',
  'Reporta mucha llegada de familias esta semana.',
  'Sin novedades.',
  'Pidió capacitación sobre refugio.',
];
