import { activityTypeList } from '@ventanilla/domain/form/options/activity-type';
import { peopleReachedBandList } from '@ventanilla/domain/form/options/people-reached-band';
import { formatNumber } from '@ventanilla/ui';
import { optionLabel, registrationColumns, type CellContext, type ListColumn } from '../columns.ts';

/** A §8.2 estimate, "≈" and rounded for display. */
const approx = (value: unknown, { lang, tr }: CellContext) =>
  typeof value === 'number'
    ? tr('activity.approx', { value: formatNumber({ lang, value: Math.round(value) }) })
    : '—';

/** The activity list: what kind, where, how many were reached, and the estimates. */
export const activityColumns: ListColumn[] = [
  ...registrationColumns,
  {
    header: 'list.type',
    cell: (row, { lang }) => optionLabel(activityTypeList, row.b2_activity_type, lang),
  },
  {
    header: 'list.place',
    cell: (row) => [row.b1_admin2, row.b1_admin1].filter(Boolean).join(', '),
  },
  {
    header: 'list.reached',
    cell: (row, { lang }) => optionLabel(peopleReachedBandList, row.b4_people_reached, lang),
  },
  { header: 'activity.estWomen', cell: (row, context) => approx(row.estWomen, context) },
  { header: 'activity.estMinors', cell: (row, context) => approx(row.estMinors, context) },
];
