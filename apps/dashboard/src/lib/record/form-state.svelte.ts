import { tick, untrack } from 'svelte';
import { getField } from '@ventanilla/domain/form/fields';
import { normalizeRecord } from '@ventanilla/domain/form/normalize';
import type { RawRecord } from '@ventanilla/domain/form/record';
import { validateRecord } from '@ventanilla/domain/form/validate';
import type { Lang } from '@ventanilla/domain/i18n';
import { t } from '#lib/i18n.ts';
import { readPendingValues, type PendingRecord } from '#lib/offline/queue.svelte.ts';
import { takeOverSubmit } from '#lib/offline/submit.ts';
import {
  readFormValues,
  readText,
  readTypedBeforeHydration,
  toRecord,
  type FormValues,
  type RecordKind,
} from './form-values.ts';
import { groupViolations, pickFieldMessages, type MessagesByField } from './issues.ts';
import { recallOfficerId, rememberOfficerId } from './officer-memory.ts';
import { isRelevant } from './relevance.ts';

export type HubChoice = { code: string; name: string; country: string; type: string };

/** What a record page's load gives every form (lib/server/record-form.ts). */
export type RecordFormData = {
  lang: Lang;
  id: string | null;
  hubs: HubChoice[];
  values: FormValues;
  userKey: string;
};

/** What the save action answers when it refuses (lib/server/records.ts `RecordFailure`). */
export type RecordFormAnswer =
  { values?: FormValues; messages?: MessagesByField; message?: string } | null | undefined;

/**
 * The state of a case or activity form while the officer fills it: the answers, the domain's
 * messages in the browser beside the server's, which fields were touched, and the submit that
 * stops on errors or keeps the record on the device when the server cannot take it (issue 9).
 * One for both kinds: they differ in their sections, not in how a form behaves.
 */
export class RecordFormState {
  readonly kind: RecordKind;
  readonly #props: () => { data: RecordFormData; form: RecordFormAnswer };

  /** The answers: what was typed before the scripts ran, the server's answer, or the load's. */
  values: FormValues = $state({});
  mounted = $state(false);
  attempted = $state(false);
  touched: Record<string, boolean> = $state({});
  element: HTMLFormElement | undefined = $state();
  /** A pending record opened from /pending (?pending=<id>): its values come from this device. */
  pending: PendingRecord | null = $state(null);
  offlineError: '' | 'noKey' | 'failed' = $state('');

  constructor({
    kind,
    props,
  }: {
    kind: RecordKind;
    props: () => { data: RecordFormData; form: RecordFormAnswer };
  }) {
    this.kind = kind;
    this.#props = props;
    this.values = untrack(
      () => readTypedBeforeHydration(kind) ?? props().form?.values ?? props().data.values,
    );
  }

  // Read through getters: the derived fields below are initialized before the constructor runs
  // (Svelte evaluates them lazily, on first read).
  get #kind(): RecordKind {
    return this.kind;
  }
  get data(): RecordFormData {
    return this.#props().data;
  }
  get form(): RecordFormAnswer {
    return this.#props().form;
  }

  lang: Lang = $derived(this.data.lang);
  tr = $derived(t(this.lang));
  /** What every FormField of the form takes besides its own question. */
  common = $derived({
    lang: this.lang,
    requiredLabel: this.tr('form.required'),
    chooseLabel: this.tr('form.choose'),
  });
  hub: HubChoice | undefined = $derived(
    this.data.hubs.find((h) => h.code === readText(this.values, 'hub')),
  );
  record = $derived(normalizeRecord(toRecord(this.values, this.#kind) as RawRecord));
  serverMessages: MessagesByField = $derived(this.form?.messages ?? {});
  clientMessages: MessagesByField = $derived(
    this.mounted
      ? groupViolations(
          validateRecord({ record: this.record, hubCountry: this.hub?.country ?? null }),
          this.lang,
        )
      : {},
  );
  clientHasErrors = $derived(
    Object.values(this.clientMessages).some((list) => list.some((m) => m.severity === 'error')),
  );
  /** Before the first attempt to save the server's answer stands; after it, the browser's. */
  summaryMessages = $derived(this.attempted ? this.clientMessages : this.serverMessages);

  messagesFor = (name: string) =>
    pickFieldMessages({
      name,
      mounted: this.mounted,
      attempted: this.attempted,
      touched: this.touched,
      client: this.clientMessages,
      server: this.serverMessages,
    });
  /** Without JavaScript every question is shown; with it, only the relevant ones. */
  shown = (name: string) => !this.mounted || isRelevant(name, this.values);
  field = (name: string) => getField({ name });
  labelOf = (name: string) => {
    try {
      return getField({ name }).label[this.lang];
    } catch {
      return name;
    }
  };

  /** Call from onMount: starts the browser's checks, the officer ID, and a pending record. */
  mount({ localDate = false }: { localDate?: boolean } = {}) {
    this.mounted = true;
    this.#prefillOfficerId();
    // The officer's local date (the server only knows UTC), unless one was typed.
    if (localDate && !this.data.id && !this.form && this.values.date === this.data.values.date) {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
      const now = new Date();
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
      const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
      this.values = { ...this.values, date: local.toISOString().slice(0, 10) };
    }
    this.#openPending();
  }

  /**
   * A new record starts from the officer ID this person last saved on this device, which can be
   * newer than the server's (this page may come from the offline cache); never over typed text.
   */
  #prefillOfficerId() {
    if (this.data.id || this.form) return;
    const initial = this.data.values.officer_id ?? '';
    const recalled = recallOfficerId({ userKey: this.data.userKey });
    if (recalled && (this.values.officer_id ?? '') === initial)
      this.values = { ...this.values, officer_id: recalled };
  }

  #openPending() {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
    const pendingId = new URLSearchParams(location.search).get('pending');
    if (!pendingId || this.data.id) return;
    void readPendingValues(pendingId).then((found) => {
      if (!found || found.kind !== this.kind) return;
      this.pending = found.record;
      this.values = found.values;
      this.attempted = !!found.record.message;
    });
  }

  onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | null;
    if (!this.element) return;
    this.values = readFormValues(new FormData(this.element), this.kind);
    if (target?.name) this.touched = { ...this.touched, [target.name]: true };
  };

  onSubmit = async (event: SubmitEvent) => {
    const submitter = event.submitter as HTMLButtonElement | null;
    // The no-JavaScript "show the route" button posts to its own action.
    if (submitter?.formAction?.includes('/route')) return;
    if (this.element) this.values = readFormValues(new FormData(this.element), this.kind);
    if (this.clientHasErrors) {
      event.preventDefault();
      this.attempted = true;
      await tick();
      document.querySelector<HTMLElement>('[data-testid="error-summary"]')?.focus();
    } else if (this.element && !this.data.id) {
      rememberOfficerId({ userKey: this.data.userKey, officerId: this.values.officer_id });
      // Offline recording (issue 9): kept on this device when the server cannot take it.
      takeOverSubmit({
        event,
        form: this.element,
        kind: this.kind,
        values: this.values,
        pendingId: this.pending?.id ?? null,
        onError: (message) => (this.offlineError = message),
      });
    }
  };
}
