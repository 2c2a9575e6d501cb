import type { ProgrammeCountry } from './codes.ts';

/** National institutions and organizations by country, as a hub would write them in its directory. */
export interface CountryInstitutions {
  childProtection: string;
  refugeeStatus: string;
  antiTrafficking: string;
  police: string;
  migration: string;
  health: string;
  employment: string;
  redCross: string;
  education: string;
  women: string;
  /** International phone prefix and local digits used to build fictitious numbers. */
  phone: [prefix: string, digits: number];
}

/** `{place}` is replaced by the hub's municipality, `{region}` by its first-level division. */
export const INSTITUTIONS: Record<ProgrammeCountry, CountryInstitutions> = {
  CRI: {
    childProtection: 'Patronato Nacional de la Infancia (PANI), Oficina Local de {place}',
    refugeeStatus: 'Unidad de Refugio de la Dirección General de Migración y Extranjería (DGME)',
    antiTrafficking: 'Equipo de Respuesta Inmediata de la CONATT (trata de personas)',
    police: 'Fuerza Pública, Delegación Cantonal de {place}',
    migration: 'Dirección General de Migración y Extranjería (DGME), Oficina Regional de {place}',
    health: 'Área de Salud de {place} (CCSS)',
    employment: 'Ministerio de Trabajo y Seguridad Social (MTSS), Oficina Regional de {region}',
    redCross: 'Cruz Roja Costarricense, Comité Auxiliar de {place}',
    education: 'Dirección Regional de Educación (MEP), Circuito de {place}',
    women: 'Instituto Nacional de las Mujeres (INAMU), Unidad Regional',
    phone: ['+506', 8],
  },
  MEX: {
    childProtection: 'Procuraduría de Protección de Niñas, Niños y Adolescentes (DIF {region})',
    refugeeStatus: 'Comisión Mexicana de Ayuda a Refugiados (COMAR), oficina {place}',
    antiTrafficking: 'Fiscalía Especializada en Trata de Personas, Fiscalía General del Estado',
    police: 'Centro de Atención a Víctimas y Policía Municipal de {place}',
    migration: 'Instituto Nacional de Migración (INM), Oficina de Representación en {place}',
    health: 'Centro de Salud Urbano de {place} (IMSS-Bienestar)',
    employment: 'Servicio Nacional de Empleo (SNE), oficina {region}',
    redCross: 'Cruz Roja Mexicana, Delegación {place}',
    education: 'Secretaría de Educación de {region}, Departamento de Control Escolar',
    women: 'Instituto de las Mujeres de {region}',
    phone: ['+52', 10],
  },
  GTM: {
    childProtection: 'Procuraduría de la Niñez y la Adolescencia (PGN), Delegación de {region}',
    refugeeStatus:
      'Departamento de Reconocimiento de Estatus de Refugiado, Instituto Guatemalteco de Migración (IGM)',
    antiTrafficking:
      'Secretaría contra la Violencia Sexual, Explotación y Trata de Personas (SVET)',
    police: 'Policía Nacional Civil (PNC), Subestación de {place}',
    migration: 'Instituto Guatemalteco de Migración (IGM), Delegación de {place}',
    health: 'Centro de Salud de {place} (MSPAS)',
    employment: 'Ministerio de Trabajo y Previsión Social (MINTRAB), Servicio Nacional de Empleo',
    redCross: 'Cruz Roja Guatemalteca, Delegación de {place}',
    education: 'Dirección Departamental de Educación de {region} (MINEDUC)',
    women: 'Secretaría Presidencial de la Mujer (SEPREM), enlace departamental',
    phone: ['+502', 8],
  },
  SLV: {
    childProtection: 'Consejo Nacional de la Primera Infancia, Niñez y Adolescencia (CONAPINA)',
    refugeeStatus: 'Comisión para la Determinación de la Condición de Personas Refugiadas (CODER)',
    antiTrafficking:
      'Unidad contra la Trata de Personas y Delitos Conexos, Fiscalía General de la República',
    police: 'Policía Nacional Civil (PNC), Delegación de {place}',
    migration:
      'Dirección General de Migración y Extranjería (DGME), Centro de Atención al Migrante',
    health: 'Unidad Comunitaria de Salud Familiar de {place} (MINSAL)',
    employment: 'Ministerio de Trabajo y Previsión Social (MTPS), Bolsa de Empleo',
    redCross: 'Cruz Roja Salvadoreña, Seccional de {place}',
    education: 'Ministerio de Educación (MINEDUCYT), Departamental de {region}',
    women: 'Ciudad Mujer, sede de {region}',
    phone: ['+503', 8],
  },
  HND: {
    childProtection: 'Dirección de Niñez, Adolescencia y Familia (DINAF), Oficina Regional',
    refugeeStatus: 'Instituto Nacional de Migración (INM), Departamento de Refugio',
    antiTrafficking:
      'Comisión Interinstitucional contra la Explotación Sexual Comercial y Trata de Personas (CICESCT)',
    police: 'Policía Nacional, Jefatura Departamental de {region}',
    migration: 'Instituto Nacional de Migración (INM), Delegación de {place}',
    health: 'Centro Integral de Salud de {place} (Secretaría de Salud)',
    employment: 'Secretaría de Trabajo y Seguridad Social (STSS), Servicio Nacional de Empleo',
    redCross: 'Cruz Roja Hondureña, Consejo de {place}',
    education: 'Dirección Departamental de Educación de {region}',
    women: 'Ciudad Mujer, centro de {region}',
    phone: ['+504', 8],
  },
  NIC: {
    childProtection:
      'Ministerio de la Familia, Adolescencia y Niñez (MIFAN), Delegación de {region}',
    refugeeStatus: 'Comisión Nacional para los Refugiados (CONAR)',
    antiTrafficking: 'Coalición Nacional contra la Trata de Personas, Secretaría Ejecutiva',
    police: 'Policía Nacional, Delegación Municipal de {place}',
    migration: 'Dirección General de Migración y Extranjería (DGME), Delegación de {place}',
    health: 'Centro de Salud de {place} (MINSA)',
    employment: 'Ministerio del Trabajo (MITRAB), Delegación de {region}',
    redCross: 'Cruz Roja Nicaragüense, Filial de {place}',
    education: 'Ministerio de Educación (MINED), Delegación Municipal de {place}',
    women: 'Comisaría de la Mujer y la Niñez de {place}',
    phone: ['+505', 8],
  },
  PAN: {
    childProtection:
      'Secretaría Nacional de Niñez, Adolescencia y Familia (SENNIAF), Oficina de {region}',
    refugeeStatus: 'Oficina Nacional para la Atención de Refugiados (ONPAR)',
    antiTrafficking:
      'Comisión Nacional contra la Trata de Personas, Unidad de Identificación y Atención a Víctimas',
    police: 'Policía Nacional, Subestación de {place}',
    migration: 'Servicio Nacional de Migración (SNM), Oficina Regional de {region}',
    health: 'Centro de Salud de {place} (MINSA)',
    employment: 'Ministerio de Trabajo y Desarrollo Laboral (MITRADEL), Dirección de Empleo',
    redCross: 'Cruz Roja Panameña, Junta de {region}',
    education: 'Dirección Regional de Educación de {region} (MEDUCA)',
    women: 'Instituto Nacional de la Mujer (INAMU), Centro de Atención Integral',
    phone: ['+507', 7],
  },
  BLZ: {
    childProtection: 'Departamento de Servicios Humanos (Department of Human Services), {region}',
    refugeeStatus: 'Departamento de Refugiados (Refugees Department)',
    antiTrafficking: 'Consejo contra la Trata de Personas (Anti-Trafficking in Persons Council)',
    police: 'Policía de Belice (Belize Police Department), estación de {place}',
    migration:
      'Departamento de Inmigración y Nacionalidad (Immigration and Nationality Department), {place}',
    health: 'Policlínica de {place} (Ministerio de Salud y Bienestar)',
    employment: 'Departamento de Trabajo (Labour Department), oficina de {region}',
    redCross: 'Cruz Roja de Belice (Belize Red Cross), rama de {region}',
    education: 'Centro de Gestión Educativa de {region} (Ministerio de Educación)',
    women: 'Departamento de la Mujer (Women’s Department), {region}',
    phone: ['+501', 7],
  },
  DOM: {
    childProtection: 'Consejo Nacional para la Niñez y la Adolescencia (CONANI), Oficina Regional',
    refugeeStatus: 'Comisión Nacional para los Refugiados (CONARE)',
    antiTrafficking:
      'Procuraduría Especializada contra el Tráfico Ilícito de Migrantes y la Trata de Personas (PETT)',
    police: 'Policía Nacional, Destacamento de {place}',
    migration: 'Dirección General de Migración (DGM), oficina de {place}',
    health: 'Centro de Primer Nivel de Atención de {place} (Servicio Nacional de Salud)',
    employment: 'Ministerio de Trabajo, Servicio Nacional de Empleo (SENAE)',
    redCross: 'Cruz Roja Dominicana, Filial de {place}',
    education: 'Regional de Educación de {region} (MINERD)',
    women: 'Ministerio de la Mujer, Oficina Provincial de {region}',
    phone: ['+1 809', 7],
  },
};

/** Civil-society organizations any hub may list (`{place}` = municipality). */
export const CIVIL_SOCIETY = {
  shelter: [
    'Casa del Migrante de {place}',
    'Albergue Temporal Hermanos en el Camino',
    'Albergue de la Pastoral de Movilidad Humana, {place}',
    'Casa de Acogida San José',
  ],
  legal: [
    'Consultorio Jurídico Gratuito del Colegio de Abogados, {place}',
    'Clínica Jurídica para Personas Migrantes, Universidad Regional',
    'Servicio Jesuita a Migrantes, asesoría legal',
  ],
  psychosocial: [
    'Centro de Atención Psicosocial Comunitario de {place}',
    'Red de Apoyo Psicosocial para Personas en Movilidad',
  ],
  lgbti: ['Colectivo de Diversidad Sexual de {place}', 'Red Regional de Personas LGBTI Migrantes'],
  unhcr: 'ACNUR, Oficina de Terreno de {place}',
};
