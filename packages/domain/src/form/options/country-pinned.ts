/** §5.5: the programme countries and corridors, always listed first, in this order. */
export const pinnedCountryCodes = [
  'MEX',
  'BLZ',
  'GTM',
  'SLV',
  'HND',
  'NIC',
  'CRI',
  'PAN',
  'DOM',
  'HTI',
  'CUB',
  'VEN',
  'COL',
  'ECU',
  'USA',
] as const;
