import { annex1Profiles } from '@ventanilla/domain/attention/annex1';
import { suggestReferrals } from '@ventanilla/domain/attention/referral';
import {
  chooseAttentionRoute,
  fourStepRoute,
  isInterviewStopped,
} from '@ventanilla/domain/attention/route';
import { vulnerabilityTypeList } from '@ventanilla/domain/form/options/vulnerability-type';
import type { DirectoryEntry } from '#lib/server/records.ts';
import type { RecordFormState } from '../form-state.svelte.ts';
import { readList, readText } from '../form-values.ts';

/**
 * What the case's answers say about the attention (FORM.md §8.3, Annex 1, Table 1): the route,
 * whether the interview stops, the profiles the vulnerability types point to, and the referrals
 * the hub's own directory can fill.
 */
export class CaseAttention {
  readonly #form: RecordFormState;
  readonly #directory: () => DirectoryEntry[];

  constructor({ form, directory }: { form: RecordFormState; directory: () => DirectoryEntry[] }) {
    this.#form = form;
    this.#directory = directory;
  }

  // Read through getters: the derived fields below are initialized before the constructor runs
  // (Svelte evaluates them lazily, on first read).
  get #answers() {
    return this.#form.values;
  }
  get #entries() {
    return this.#directory();
  }
  get #state() {
    return this.#form;
  }

  /** The directory of the chosen hub (all of them until one is chosen). */
  directory = $derived(
    this.#entries.filter((e) => !this.#state.hub || e.hub === this.#state.hub.code),
  );
  observation = $derived(readList(this.#answers, 'observation'));
  route = $derived(
    chooseAttentionRoute({
      observation: this.observation,
      ageRange: readText(this.#answers, 'a5_age_range'),
    }),
  );
  /** Without JavaScript the careful route is shown until the observation says otherwise. */
  fourStep = $derived(
    this.route === fourStepRoute || (!this.#state.mounted && this.route === null),
  );
  stopped = $derived(
    isInterviewStopped({
      urgentNeeds: readText(this.#answers, 'route_urgent_needs'),
      imminentDanger: readText(this.#answers, 'route_imminent_danger'),
    }),
  );
  types = $derived(readList(this.#answers, 'a14_vulnerability_types'));
  suggestions = $derived(
    suggestReferrals({
      facts: {
        observation: this.observation,
        vulnerabilityTypes:
          readText(this.#answers, 'a14_vulnerability') === 'yes' ? this.types : [],
        ageRange: readText(this.#answers, 'a5_age_range'),
        urgentNeeds: readText(this.#answers, 'route_urgent_needs'),
        imminentDanger: readText(this.#answers, 'route_imminent_danger'),
      },
      directory: this.directory,
    }),
  );
  profilesFound = $derived(
    annex1Profiles.filter((p) =>
      vulnerabilityTypeList.options.some(
        (o) => o.parent_profile === p.code && this.types.includes(o.code),
      ),
    ),
  );
}
