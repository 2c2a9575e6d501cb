import type { Localized } from '../i18n.ts';
import type { Citation } from './types.ts';

/** A list inside a guide page: optional heading, items. */
export type GuideList = { heading?: Localized; items: Localized[] };

/** One page of the PFA guide. */
export type GuidePage = {
  id: string;
  title: Localized;
  intro: Localized;
  lists: GuideList[];
  /** Guide questions to ask oneself (Observe) or to keep in mind. */
  questions?: GuideList;
  citation: Citation;
};

/**
 * The Psychological First Aid guide (hubs handbook Annex 2) in reading order, its quick-reference
 * card and citation. The texts live in packages/content/pfa/*.yaml (docs/content.md).
 */
export { pfaGuide, pfaQuickCard, pfaCitation } from './pfa.generated.ts';
