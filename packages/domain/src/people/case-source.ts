import type { Localized } from '../i18n.ts';

/**
 * How the person came to the hub (issue 16, item 5): on their own, channelled by a community
 * migration advisor (Annex 5's MCAs bring neighbours to the hub, 000:L2429ff), referred by an
 * institution, reached by an outreach activity, or by phone or online.
 */
export type CaseSource = 'own_initiative' | 'mca' | 'institution' | 'outreach' | 'phone' | 'online';

export const caseSources: readonly CaseSource[] = [
  'own_initiative',
  'mca',
  'institution',
  'outreach',
  'phone',
  'online',
];

export const caseSourceLabels: Readonly<Record<CaseSource, Localized>> = {
  own_initiative: { es: 'Llegó por su cuenta', en: 'Came on their own' },
  mca: {
    es: 'La canalizó un asesor o asesora comunitaria (MCA)',
    en: 'Channelled by a community migration advisor (MCA)',
  },
  institution: { es: 'La refirió una institución', en: 'Referred by an institution' },
  outreach: {
    es: 'La alcanzó una actividad de difusión',
    en: 'Reached by an outreach activity',
  },
  phone: { es: 'Por teléfono', en: 'By phone' },
  online: { es: 'En línea (web o redes sociales)', en: 'Online (web or social media)' },
};

export const isCaseSource = (value: string): value is CaseSource =>
  (caseSources as readonly string[]).includes(value);
