import { attentionRouteList } from '@ventanilla/domain/form/options/attention-route';
import { serviceList } from '@ventanilla/domain/form/options/service';
import { optionLabel, registrationColumns, type ListColumn, type Row } from '../columns.ts';
import { slots } from './sections.ts';

const inSlots = (row: Row, name: (n: number) => string) =>
  slots.map((n) => row[name(n)]).filter(Boolean);

/** The case list: who was attended, the route, the services and the referrals. */
export const caseColumns: ListColumn[] = [
  ...registrationColumns,
  { header: 'list.person', cell: (row) => String(row.a0_name ?? '—') },
  {
    header: 'list.route',
    cell: (row, { lang }) => optionLabel(attentionRouteList, row.attentionRoute, lang),
  },
  {
    header: 'list.services',
    cell: (row, { lang }) =>
      inSlots(row, (n) => `a10_service_${n}`)
        .map((code) => optionLabel(serviceList, code, lang))
        .join('; '),
  },
  {
    header: 'list.referral',
    cell: (row) => inSlots(row, (n) => `a11_referral_org_${n}`).join('; '),
  },
];
