import { citeHubs } from '@ventanilla/domain/training/citation';
import type { Citation } from '@ventanilla/domain/training/types';

/**
 * A hubs-handbook citation from the `basis` the attention domain data gives
 * (`000:L563-L571, L598-L599`), with the section named in both languages.
 */
export function citeBasis({ basis, es, en }: { basis: string; es: string; en: string }): Citation {
  return citeHubs(es, en, basis.replace(/^000:/, ''));
}

export const sections = {
  observation: { es: 'función 1, observación', en: 'function 1, observation' },
  fourStep: { es: 'función 1, ruta de 4 pasos', en: 'function 1, 4-step route' },
  fourStepAndTable1: {
    es: 'función 1, ruta de 4 pasos y remisión según la condición',
    en: 'function 1, 4-step route and referral by condition',
  },
  twoStep: { es: 'función 1, ruta de 2 pasos', en: 'function 1, 2-step route' },
  table1: {
    es: 'función 1, remisión según la condición',
    en: 'function 1, referral by condition',
  },
  principles: {
    es: 'función 1, principios de la atención',
    en: 'function 1, principles of attention',
  },
  annex1: { es: 'anexo 1, guía de entrevista', en: 'Annex 1, interview guide' },
  followUp: {
    es: 'función 1, seguimiento hasta una resolución',
    en: 'function 1, follow-up until a resolution',
  },
} as const;
