/** Plausible second nationalities (A.1) by first nationality. */
export const SECOND_NATIONALITIES: Readonly<Record<string, readonly string[]>> = {
  VEN: ['COL', 'ESP', 'ITA', 'PRT'],
  COL: ['VEN'],
  CUB: ['ESP'],
  NIC: ['CRI', 'HND'],
  HTI: ['DOM'],
  MEX: ['USA'],
  HND: ['USA', 'NIC'],
  SLV: ['USA', 'GTM'],
  GTM: ['MEX', 'USA'],
  ECU: ['ESP'],
  DOM: ['USA'],
  CRI: ['NIC'],
  PAN: ['COL'],
  PER: ['ESP'],
  BLZ: ['GTM'],
};

/** Texts for `a1_nationality_other` (nationalities without an ISO code). */
export const OTHER_NATIONALITY_TEXTS = ['Kosovo', 'Somalilandia'];
