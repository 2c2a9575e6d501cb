import { builder } from '../builder.ts';
import './auth.ts';
import './hubs.ts';
import './users.ts';
import './cases.ts';
import './activities.ts';
import './officer.ts';
import './directory.ts';
import './audit.ts';
import './training.ts';
import './analytics.ts';
import './campaigns.ts';
import './reports.ts';
import './meetings.ts';
import './follow-ups.ts';
import './referrals.ts';
import './case-context.ts';
import './feedback.ts';
import './referral-figures.ts';
import './report-referrals.ts';
import './monitoring-figures.ts';
import './mca.ts';

/** The whole GraphQL schema. */
export const schema = builder.toSchema({ sortSchema: false });
