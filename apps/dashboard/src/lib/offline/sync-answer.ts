/** What POST /offline/sync answers for one queued record. */
export type SyncAnswer =
  | { status: 'saved'; id: string; warnings: number }
  | {
      status: 'refused';
      reason: string;
      message: string;
      issues: { fields: string[]; severity: string; message: string }[];
    }
  | { status: 'signedOut' }
  | { status: 'unavailable' };
