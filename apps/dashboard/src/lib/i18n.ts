import {
  createTranslator,
  defineMessages,
  sharedMessages,
  type Lang,
  type SharedKey,
  type Translate,
} from '@ventanilla/ui';
import { recordMessages } from './record/messages.ts';

/** The dashboard's own texts; shared shell/sign-in texts come from @ventanilla/ui. */
export const messages = defineMessages({
  es: {
    'app.name': 'Ventanilla · Panel',
    'nav.home': 'Resumen',
    'nav.onboarding': 'Formación',
    'nav.import': 'Importar',
    'nav.analytics': 'Análisis',
    'nav.reports': 'Informes mensuales',
    'nav.verify': 'Reuniones de verificación',
    'nav.mca': 'Asesores comunitarios',
    'home.title': 'Resumen de sus ventanillas',
    'home.titleAll': 'Resumen de todas las ventanillas',
    'home.intro': 'Cifras registradas en {month} comparadas con {previous}.',
    'home.noHubs':
      'Su cuenta todavía no tiene ventanillas asignadas. Pida a la administración que le asigne una.',
    'home.figure': 'Cifra',
    'home.cases': 'Casos atendidos',
    'home.activities': 'Actividades',
    'home.referrals': 'Referencias',
    'home.vulnerableCases': 'Casos en situación de vulnerabilidad',
    'home.empty': 'Aún no hay registros para {month} ni para {previous}.',
    'home.notAvailable': 'No disponible',
    'home.monthEmpty': 'Aún no hay registros para {month}.',
    'home.hubCount': { one: '{count} ventanilla', other: '{count} ventanillas' },
    'home.totals': 'Total de {hubs}',
    'home.protected':
      'Las cifras están protegidas: pueden diferir en unas pocas unidades de los conteos de cada ventanilla, y los totales son sumas de esas cifras.',
    'hubType.permanent': 'Permanente',
    'hubType.mobile': 'Móvil',
    'home.importCode': 'código para importar: {code}',
    'form.lostPost':
      'No hubo conexión con el servidor: no se guardó nada. Lo que escribió sigue aquí; inténtelo de nuevo cuando vuelva la conexión.',
  },
  en: {
    'app.name': 'Ventanilla · Dashboard',
    'nav.home': 'Overview',
    'nav.onboarding': 'Training',
    'nav.import': 'Import',
    'nav.analytics': 'Analytics',
    'nav.reports': 'Monthly reports',
    'nav.verify': 'Verification meetings',
    'nav.mca': 'Community advisors',
    'home.title': 'Overview of your hubs',
    'home.titleAll': 'Overview of all hubs',
    'home.intro': 'Figures recorded in {month} compared with {previous}.',
    'home.noHubs': 'Your account has no hubs assigned yet. Ask an administrator to assign one.',
    'home.figure': 'Figure',
    'home.cases': 'Cases attended',
    'home.activities': 'Activities',
    'home.referrals': 'Referrals',
    'home.vulnerableCases': 'Cases in a situation of vulnerability',
    'home.empty': 'No records yet for {month} or {previous}.',
    'home.notAvailable': 'Not available',
    'home.monthEmpty': 'No records yet for {month}.',
    'home.hubCount': { one: '{count} hub', other: '{count} hubs' },
    'home.totals': 'Total of {hubs}',
    'home.protected':
      "Figures are protected: small differences from each hub's own counts are expected, and the totals add up those figures.",
    'hubType.permanent': 'Permanent',
    'hubType.mobile': 'Mobile',
    'home.importCode': 'code for imports: {code}',
    'form.lostPost':
      'The server could not be reached: nothing was saved. What you typed is still here; try again once the connection is back.',
  },
});

export type MessageKey = SharedKey | keyof typeof messages.es | keyof typeof recordMessages.es;

const translators = new Map<Lang, Translate<MessageKey>>();

/** `t(lang)(key, params)` over the shared and dashboard catalogs. */
export function t(lang: Lang): Translate<MessageKey> {
  let translate = translators.get(lang);
  if (!translate) {
    translate = createTranslator({ lang, catalogs: [sharedMessages, messages, recordMessages] });
    translators.set(lang, translate);
  }
  return translate;
}
