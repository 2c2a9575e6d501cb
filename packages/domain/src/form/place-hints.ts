/**
 * §3.3: the local terms for the place levels of A.3 and B.1 in one country, which web forms may
 * show once the country is known. They are the terms used in that country, so they are not
 * translated; `community` is null where the table gives no example.
 */
export type PlaceHint = {
  country: string;
  admin1: string;
  admin2: string;
  community: string | null;
};

/** §3.3 per-country place hints, in the order of the table (the pinned countries). */
export const placeHints: readonly PlaceHint[] = [
  { country: 'MEX', admin1: 'Estado', admin2: 'Municipio', community: 'Colonia, localidad' },
  {
    country: 'BLZ',
    admin1: 'District',
    admin2: 'City, town or village',
    community: 'Neighbourhood',
  },
  {
    country: 'GTM',
    admin1: 'Departamento',
    admin2: 'Municipio',
    community: 'Aldea, caserío, zona',
  },
  {
    country: 'SLV',
    admin1: 'Departamento',
    admin2: 'Municipio (since May 2024, 44 municipios)',
    community: 'Distrito (former municipio), cantón, colonia',
  },
  {
    country: 'HND',
    admin1: 'Departamento',
    admin2: 'Municipio',
    community: 'Aldea, caserío, colonia, barrio',
  },
  {
    country: 'NIC',
    admin1: 'Departamento o región autónoma',
    admin2: 'Municipio',
    community: 'Comarca, barrio',
  },
  { country: 'CRI', admin1: 'Provincia', admin2: 'Cantón', community: 'Distrito, barrio' },
  {
    country: 'PAN',
    admin1: 'Provincia o comarca indígena',
    admin2: 'Distrito',
    community: 'Corregimiento, barrio',
  },
  {
    country: 'DOM',
    admin1: 'Provincia',
    admin2: 'Municipio',
    community: 'Distrito municipal, sector, barrio',
  },
  { country: 'HTI', admin1: 'Département', admin2: 'Commune', community: 'Section communale' },
  {
    country: 'CUB',
    admin1: 'Provincia',
    admin2: 'Municipio',
    community: 'Consejo popular, reparto',
  },
  { country: 'VEN', admin1: 'Estado', admin2: 'Municipio', community: 'Parroquia' },
  { country: 'COL', admin1: 'Departamento', admin2: 'Municipio', community: 'Vereda, barrio' },
  { country: 'ECU', admin1: 'Provincia', admin2: 'Cantón', community: 'Parroquia' },
  { country: 'USA', admin1: 'State', admin2: 'County or city', community: null },
];

const hintsByCountry = new Map(placeHints.map((hint) => [hint.country, hint]));

/** The §3.3 hint for an alpha-3 country code (any case), or undefined for other countries. */
export function findPlaceHint({
  country,
}: {
  country: string | null | undefined;
}): PlaceHint | undefined {
  return country ? hintsByCountry.get(country.trim().toUpperCase()) : undefined;
}
