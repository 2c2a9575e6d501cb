import { builder } from '../builder.ts';
import { publishedFigure } from '../disclosure/figure.ts';
import { figureField } from '../disclosure/fields.ts';
import type { FindingWithRefs, RecordRef } from '../reports/quality.ts';

/** A report's data-quality findings and the records behind them. */

const RecordRefType = builder.objectRef<RecordRef>('RecordRef').implement({
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'case or activity' }),
    id: t.exposeID('id'),
    date: t.exposeString('date'),
  }),
});
export type FindingShape = FindingWithRefs & { lang: 'es' | 'en'; showRecords: boolean };
export const QualityFindingRef = builder.objectRef<FindingShape>('QualityFinding').implement({
  description: 'A data-quality finding of a hub-month that explains itself.',
  fields: (t) => ({
    rule: t.exposeString('rule'),
    severity: t.exposeString('severity', { description: 'high, medium or low' }),
    count: t.int(
      figureField<FindingShape>(
        (f) => publishedFigure(f.count),
        'Records concerned, published before the rules ran (loadFindings)',
      ),
    ),
    title: t.string({ resolve: (f) => (f.lang === 'en' ? f.title_en : f.title_es) }),
    message: t.string({ resolve: (f) => (f.lang === 'en' ? f.message_en : f.message_es) }),
    records: t.field({
      type: [RecordRefType],
      description: 'The records behind it; empty for roles that cannot read records (counts only)',
      resolve: (f) => (f.showRecords ? f.records : []),
    }),
  }),
});
