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

/** Builds a citation of the hubs handbook (seeds/000 line ranges, kept for maintainers). */
export function citeHubs(es: string, en: string, lines: string): Citation {
  return { source: 'hubs', section: { es, en }, lines };
}

/** Builds a citation of the MRC handbook (seeds/004 line ranges, kept for maintainers). */
export function citeMrc(es: string, en: string, lines: string): Citation {
  return { source: 'mrc', section: { es, en }, lines };
}

/**
 * What a person reads as a source: the handbook's name and the section, in their language
 * ("IOM, Information Hubs on Migration handbook, Annex 2"). The line range points into the
 * project's text extraction, which readers do not have, so it never shows (the extraction has
 * no printed page numbers to offer instead).
 */
export function citationLabel({ citation, lang }: { citation: Citation; lang: Lang }): string {
  return `${sourceNames[citation.source][lang]}, ${citation.section[lang]}`;
}
