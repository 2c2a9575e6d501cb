import type { Lang } from '../i18n.ts';
import { audienceQuadrants, classifyAudience, type Audience } from './audiences.ts';
import { swotGuidance, type SwotItem } from './swot.ts';

/** One CSV cell: quoted when needed; a leading =,+,-,@ is neutralised for spreadsheets. */
function cell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csv(rows: (string | number)[][]): string {
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The audience matrix as CSV (name, kind, interest, power, quadrant). */
export function buildAudienceCsv({
  audiences,
  lang,
}: {
  audiences: readonly Audience[];
  lang: Lang;
}): string {
  const head =
    lang === 'es'
      ? ['audiencia', 'tipo', 'interes', 'poder', 'cuadrante']
      : ['audience', 'kind', 'interest', 'power', 'quadrant'];
  const kind = (k: Audience['kind']) =>
    lang === 'es'
      ? k === 'target'
        ? 'objetivo'
        : 'de bienvenida'
      : k === 'target'
        ? 'target'
        : 'welcome';
  return csv([
    head,
    ...audiences.map((a) => [
      a.name,
      kind(a.kind),
      a.interest,
      a.power,
      audienceQuadrants[classifyAudience(a)].label[lang],
    ]),
  ]);
}

/** The SWOT as CSV (quadrant, analysis, position, item). */
export function buildSwotCsv({ items, lang }: { items: readonly SwotItem[]; lang: Lang }): string {
  const head =
    lang === 'es'
      ? ['cuadrante', 'analisis', 'orden', 'elemento']
      : ['quadrant', 'analysis', 'order', 'item'];
  const counters = new Map<string, number>();
  return csv([
    head,
    ...items.map((item) => {
      const n = (counters.get(item.quadrant) ?? 0) + 1;
      counters.set(item.quadrant, n);
      const g = swotGuidance[item.quadrant];
      const analysis =
        lang === 'es' ? (g.analysis === 'internal' ? 'interno' : 'externo') : g.analysis;
      return [g.label[lang], analysis, n, item.text];
    }),
  ]);
}
