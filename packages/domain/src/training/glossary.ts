import type { Lang, Localized } from '../i18n.ts';
import { citeHubs } from './citation.ts';
import type { Citation } from './types.ts';

export type GlossaryTerm = {
  id: string;
  term: Localized;
  definition: Localized;
  citation: Citation;
};

const annex6 = (lines: string) => citeHubs('anexo 6, glosario', 'Annex 6, glossary', lines);
const g = (
  id: string,
  term: Localized,
  definition: Localized,
  citation: Citation,
): GlossaryTerm => ({
  id,
  term,
  definition,
  citation,
});
const l = (es: string, en: string): Localized => ({ es, en });

/**
 * Basic migration terms for hub staff (hubs handbook Annex 6, after the IOM Glossary on
 * Migration), defined in the project's own words.
 */
export const glossary: GlossaryTerm[] = [
  g(
    'emigration',
    l('Emigración', 'Emigration'),
    l(
      'Vista desde el país de salida: dejar el país de nacionalidad o de residencia habitual para vivir en otro.',
      'Seen from the country of departure: leaving the country of nationality or usual residence to live in another.',
    ),
    annex6('L2929-L2934'),
  ),
  g(
    'immigration',
    l('Inmigración', 'Immigration'),
    l(
      'Vista desde el país de llegada: entrar en un país distinto al propio para establecer allí la residencia habitual.',
      'Seen from the country of arrival: moving into a country other than one’s own to make it the new usual residence.',
    ),
    annex6('L2937-L2942'),
  ),
  g(
    'integration',
    l('Integración', 'Integration'),
    l(
      'Adaptación mutua entre personas migrantes y sociedad de acogida, en la vida social, económica, cultural y política, con responsabilidades compartidas.',
      'Mutual adaptation between migrants and host society, in social, economic, cultural and political life, with shared responsibilities.',
    ),
    annex6('L2944-L2952'),
  ),
  g(
    'migration',
    l('Migración', 'Migration'),
    l(
      'Movimiento de personas fuera de su lugar de residencia habitual, dentro de un país o cruzando una frontera.',
      'Movement of people away from their usual residence, within a country or across a border.',
    ),
    annex6('L2955-L2959'),
  ),
  g(
    'internal_migration',
    l('Migración interna', 'Internal migration'),
    l(
      'Movimiento dentro de un mismo Estado hacia una nueva residencia, temporal o permanente.',
      'Movement within one State to a new residence, temporary or permanent.',
    ),
    annex6('L2961-L2963'),
  ),
  g(
    'international_migration',
    l('Migración internacional', 'International migration'),
    l(
      'Movimiento que cruza una frontera hacia un país del que la persona no es nacional.',
      'Movement across a border to a country of which the person is not a national.',
    ),
    annex6('L2966-L2969'),
  ),
  g(
    'irregular_migration',
    l('Migración irregular', 'Irregular migration'),
    l(
      'Cruzar una frontera sin la autorización que exigen las leyes del Estado para entrar o quedarse.',
      'Crossing a border without the authorization the State’s laws require to enter or stay.',
    ),
    annex6('L2971-L2976'),
  ),
  g(
    'safe_orderly_regular',
    l('Migración segura, ordenada y regular', 'Safe, orderly and regular migration'),
    l(
      'Movimiento que cumple las leyes de salida, entrada, retorno y estancia, respeta la dignidad y los derechos de las personas y reduce los riesgos.',
      'Movement that follows the laws on exit, entry, return and stay, respects people’s dignity and rights and reduces risks.',
    ),
    annex6('L2978-L2987'),
  ),
  g(
    'labour_migration',
    l('Migración laboral', 'Labour migration'),
    l(
      'Movimiento entre Estados, o dentro del propio país, para trabajar.',
      'Movement between States, or within one’s country, for work.',
    ),
    annex6('L2989-L2992'),
  ),
  g(
    'country_origin',
    l('País de origen', 'Country of origin'),
    l(
      'País de nacionalidad o de residencia habitual anterior de quien migró, de forma regular o irregular.',
      'Country of nationality or former usual residence of someone who migrated, regularly or irregularly.',
    ),
    annex6('L3001-L3005'),
  ),
  g(
    'country_transit',
    l('País de tránsito', 'Country of transit'),
    l(
      'País por el que se pasa camino al destino, o de vuelta al origen.',
      'Country passed through on the way to the destination, or back to origin.',
    ),
    annex6('L3007-L3012'),
  ),
  g(
    'country_destination',
    l('País de destino', 'Country of destination'),
    l(
      'País al que se dirige una persona o un grupo, migre de forma regular o irregular.',
      'Country a person or group is heading to, whether migrating regularly or irregularly.',
    ),
    annex6('L3014-L3021'),
  ),
  g(
    'migrant',
    l('Persona migrante', 'Migrant'),
    l(
      'Término general, sin definición en el derecho internacional, para quien se traslada fuera de su residencia habitual, dentro del país o a otro, por un tiempo o para siempre, por distintas razones.',
      'Umbrella term, not defined in international law, for someone who moves away from their usual residence, within a country or abroad, for a time or for good, for various reasons.',
    ),
    annex6('L3023-L3036'),
  ),
  g(
    'return',
    l('Retorno', 'Return'),
    l(
      'Volver, o ser llevado de vuelta, al punto de partida: dentro de un país o desde el destino o el tránsito al origen.',
      'Going back, or being taken back, to the point of departure: within a country or from destination or transit to origin.',
    ),
    annex6('L3038-L3046'),
  ),
  g(
    'reintegration',
    l('Reintegración', 'Reintegration'),
    l(
      'Proceso para reconstruir las relaciones económicas, sociales y psicosociales que permiten vivir con dignidad y participar en la vida cívica.',
      'Process of rebuilding the economic, social and psychosocial ties needed to live with dignity and take part in civic life.',
    ),
    annex6('L3048-L3052'),
  ),
  g(
    'mobile_hub',
    l('Ventanilla móvil', 'Mobile hub'),
    l(
      'Personal de la ventanilla que sale al terreno (espacios públicos, fronteras, comunidades) a informar o atender.',
      'Hub staff going out into the field (public spaces, borders, communities) to inform or attend people.',
    ),
    citeHubs('sección 1.3', 'section 1.3', 'L145-L153'),
  ),
  g(
    'transactional_hub',
    l('Ventanilla transaccional', 'Transactional hub'),
    l(
      'Ventanilla que, además de informar, da acceso a servicios y trámites migratorios junto con la autoridad nacional.',
      'A hub that, besides informing, gives access to services and immigration procedures together with the national authority.',
    ),
    citeHubs('sección 1.3', 'section 1.3', 'L135-L143'),
  ),
  g(
    'pfa',
    l('Primeros Auxilios Psicológicos (PAP)', 'Psychological First Aid (PFA)'),
    l(
      'Respuesta humana de apoyo a una persona que sufre: observar, escuchar y conectar.',
      'A human response supporting someone who is suffering: observe, listen and connect.',
    ),
    citeHubs('anexo 2', 'Annex 2', 'L1684-L1691'),
  ),
  g(
    'mca',
    l('Asesor Comunitario en Migración', 'Migrant Community Advisor'),
    l(
      'Persona voluntaria y líder de su comunidad que informa sobre migración segura y remite casos a la ventanilla.',
      'A volunteer community leader who informs about safe migration and refers cases to the hub.',
    ),
    citeHubs('anexo 5', 'Annex 5', 'L2429-L2452'),
  ),
];

/** Lower case without accents, for matching "migracion" with "Migración". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Terms whose name or definition (in `lang`) contains every word of `query`; terms first. */
export function searchGlossary({ query, lang }: { query: string; lang: Lang }): GlossaryTerm[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const sorted = [...glossary].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
  if (words.length === 0) return sorted;
  const hits = sorted.filter((entry) => {
    const text = fold(`${entry.term[lang]} ${entry.definition[lang]}`);
    return words.every((word) => text.includes(word));
  });
  const inTerm = (entry: GlossaryTerm) => words.every((w) => fold(entry.term[lang]).includes(w));
  return [...hits.filter(inTerm), ...hits.filter((entry) => !inTerm(entry))];
}
