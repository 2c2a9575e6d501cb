import { builder } from '../builder.ts';
import { readLastOfficerId } from '../records/last-officer-id.ts';

builder.queryField('myLastOfficerId', (t) =>
  t.string({
    nullable: true,
    description:
      'The officer ID (FORM.md §2.2) of the newest case or activity the caller recorded, to prefill the next form; null when there is none.',
    authScopes: { permission: 'record.write' },
    resolve: (_root, _args, ctx) => readLastOfficerId({ db: ctx.db, userId: ctx.user!.id }),
  }),
);
