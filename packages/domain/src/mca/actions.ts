import type { Localized } from '../i18n.ts';

/**
 * The type of an MCA's intervention, as Annex 5's chart of everyday cases lists it
 * (000:L2683-L2789): the MCA informs and guides the person directly, or channels them to the hub.
 */
export type McaInterventionType = 'direct_attention' | 'channelling';
export const mcaInterventionTypes: readonly McaInterventionType[] = [
  'direct_attention',
  'channelling',
];
export const mcaInterventionTypeLabels: Readonly<Record<McaInterventionType, Localized>> = {
  direct_attention: { es: 'Atención directa', en: 'Direct attention' },
  channelling: { es: 'Canalización a la ventanilla', en: 'Channelled to the hub' },
};

/** Longest accepted minutes for one action: a long visit, not a typing slip. */
export const MCA_ACTION_MAX_MINUTES = 600;
