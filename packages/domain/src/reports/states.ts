import type { Role } from '../auth/roles.ts';

/**
 * The monthly report of a hub (hubs handbook §3.2 and Table 2, 000:L982-L1118): the hub counts
 * daily and, once a month, the results are verified jointly with IOM. These are the states a
 * report goes through and who may move it.
 */
export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'verified' | 'reopened';
export const reportStatuses: readonly ReportStatus[] = [
  'draft',
  'submitted',
  'returned',
  'verified',
  'reopened',
];

/** What can be done to a report. `saveNarrative` keeps the state. */
export type ReportAction = 'saveNarrative' | 'submit' | 'return' | 'verify' | 'reopen';
export const reportActions: readonly ReportAction[] = [
  'saveNarrative',
  'submit',
  'return',
  'verify',
  'reopen',
];

type TransitionDef = {
  from: readonly ReportStatus[];
  to: ReportStatus | null;
  /** Roles allowed; hub roles only on their own hubs. */
  roles: readonly Role[];
  /** A written reason/comment is required (return: what to correct; reopen: why). */
  needsReason: boolean;
};

const editable: readonly ReportStatus[] = ['draft', 'returned', 'reopened'];

/** The state machine as data. */
export const reportTransitions: Readonly<Record<ReportAction, TransitionDef>> = {
  saveNarrative: {
    from: editable,
    to: null,
    roles: ['hub_officer', 'coordinator'],
    needsReason: false,
  },
  submit: {
    from: editable,
    to: 'submitted',
    roles: ['hub_officer', 'coordinator'],
    needsReason: false,
  },
  return: { from: ['submitted'], to: 'returned', roles: ['reviewer'], needsReason: true },
  verify: { from: ['submitted'], to: 'verified', roles: ['reviewer'], needsReason: false },
  reopen: { from: ['verified'], to: 'reopened', roles: ['reviewer'], needsReason: true },
};

const hubRoles: readonly Role[] = ['hub_officer', 'coordinator'];

export type TransitionRefusal = 'role' | 'hub' | 'state' | 'reason';

export type TransitionCheck =
  | { ok: true; to: ReportStatus }
  | { ok: false; refusal: TransitionRefusal; message_en: string; message_es: string };

const refusals: Record<TransitionRefusal, { en: string; es: string }> = {
  role: {
    en: 'Your role cannot do this with a monthly report.',
    es: 'Su rol no permite esta acción sobre un informe mensual.',
  },
  hub: {
    en: 'This report belongs to a hub you do not work with.',
    es: 'Este informe es de una ventanilla con la que usted no trabaja.',
  },
  state: {
    en: 'The report is "{status}": this step is not possible now.',
    es: 'El informe está «{status}»: este paso no es posible ahora.',
  },
  reason: {
    en: 'Please write the reason (it is kept with the report history).',
    es: 'Escriba el motivo (queda en el historial del informe).',
  },
};

export const reportStatusLabels: Record<ReportStatus, { en: string; es: string }> = {
  draft: { en: 'draft', es: 'borrador' },
  submitted: { en: 'submitted', es: 'enviado' },
  returned: { en: 'returned with comments', es: 'devuelto con comentarios' },
  verified: { en: 'verified', es: 'verificado' },
  reopened: { en: 'reopened', es: 'reabierto' },
};

/**
 * Whether `role` (working with `userHubs`) may do `action` on `hub`'s report in `status`.
 * Pure: the API calls it inside the transaction that applies the step.
 */
export function checkReportTransition({
  action,
  status,
  role,
  hub,
  userHubs,
  reason,
}: {
  action: ReportAction;
  status: ReportStatus;
  role: Role;
  hub: string;
  userHubs: readonly string[];
  reason?: string | null;
}): TransitionCheck {
  const def = reportTransitions[action];
  const refuse = (refusal: TransitionRefusal): TransitionCheck => ({
    ok: false,
    refusal,
    message_en: refusals[refusal].en.replace('{status}', reportStatusLabels[status].en),
    message_es: refusals[refusal].es.replace('{status}', reportStatusLabels[status].es),
  });
  if (!def.roles.includes(role)) return refuse('role');
  if (hubRoles.includes(role) && !userHubs.includes(hub)) return refuse('hub');
  if (!def.from.includes(status)) return refuse('state');
  if (def.needsReason && !(reason ?? '').trim()) return refuse('reason');
  return { ok: true, to: def.to ?? status };
}

/** The steps `role` may take now (for buttons). */
export function listAllowedReportActions(args: {
  status: ReportStatus;
  role: Role;
  hub: string;
  userHubs: readonly string[];
}): ReportAction[] {
  return reportActions.filter(
    (action) => checkReportTransition({ ...args, action, reason: 'x' }).ok,
  );
}

/** API.md: records dated in a hub-month whose report is verified refuse every write. */
export function isReportLocking(status: ReportStatus | null | undefined): boolean {
  return status === 'verified';
}

/** The LOCKED_PERIOD message, in both languages. */
export function describeLockedPeriod({ hub, month }: { hub: string; month: string }): {
  en: string;
  es: string;
} {
  return {
    en: `The monthly report of ${hub} for ${month} is verified, so its records cannot be created, changed or deleted. Ask the IOM reviewer to reopen the report (with a reason) if a correction is needed.`,
    es: `El informe mensual de ${hub} de ${month} está verificado: sus registros no se pueden crear, cambiar ni borrar. Si hace falta una corrección, pida a la persona revisora de la OIM que reabra el informe (con un motivo).`,
  };
}
