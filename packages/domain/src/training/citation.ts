import type { Lang, Localized } from '../i18n.ts';
import type { Citation, Source } from './types.ts';

const sourceNames: Record<Source, Localized> = {
  hubs: {
    es: 'OIM, Manual de ventanillas de información sobre migración',
    en: 'IOM, Information Hubs on Migration handbook',
  },
  mrc: {
    es: 'OIM/OIT, Manual para centros de recursos para migrantes',
    en: 'IOM/ILO, Running an Effective Migrant Resource Centre',
  },
  ecampus: {
    es: 'OIM, nota sobre el curso de E-Campus',
    en: 'IOM, news item on the E-Campus course',
  },
};

/** Builds a citation of the hubs handbook (seeds/000 line ranges). */
export function citeHubs(es: string, en: string, lines: string): Citation {
  return { source: 'hubs', section: { es, en }, lines };
}

/** Builds a citation of the MRC handbook (seeds/004 line ranges). */
export function citeMrc(es: string, en: string, lines: string): Citation {
  return { source: 'mrc', section: { es, en }, lines };
}

/** "IOM, Information Hubs on Migration handbook, Annex 2 (lines 1646–1878)". */
export function formatCitation({ citation, lang }: { citation: Citation; lang: Lang }): string {
  const lines = citation.lines.replace(/L/g, '').replace(/-/g, '–');
  const word = lang === 'es' ? 'líneas' : 'lines';
  return `${sourceNames[citation.source][lang]}, ${citation.section[lang]} (${word} ${lines})`;
}
