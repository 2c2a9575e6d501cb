import type { FormSection } from '../sections.ts';

/** The activity's sections after registration (FORM.md §4), each shown as its questions. */
export const activitySections: FormSection[] = [
  { title: 'activity.place', names: ['b1_country', 'b1_admin1', 'b1_admin2', 'b1_community'] },
  {
    title: 'activity.what',
    names: ['b2_activity_type', 'b2_topics', 'b2_other', 'b2_scored_above_70', 'b3_summary'],
  },
  {
    title: 'activity.who',
    names: ['b4_people_reached', 'b5_pct_female', 'b6_avg_age', 'b7_pct_under_18'],
  },
  { title: 'activity.followUp', names: ['b8_unmet_needs', 'b8_unmet_needs_text', 'b9_follow_up'] },
];
