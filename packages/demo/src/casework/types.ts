import type { CheckInChannel } from '@ventanilla/domain/mca/check-ins';
import type { McaInterventionType } from '@ventanilla/domain/mca/actions';
import type { CaseSource } from '@ventanilla/domain/people/case-source';
import type { ReferralOutcome, ReferralState } from '@ventanilla/domain/referrals/lifecycle';

/**
 * Issue 16's casework for the full demo: referrals followed to an outcome, where people came
 * from, person codes (repeat visits), the MCA roster and client feedback. Cases are named by their
 * `_meta._uuid`, directory entries and MCAs by their generated ids; the API maps them to rows.
 */
export interface DemoReferral {
  caseUuid: string;
  hub: string;
  action: string | null;
  /** Annex 1 section 5's profile, when the details were recorded for a concluded profile. */
  profile: string | null;
  directoryEntryId: string | null;
  institution: string;
  contactPerson: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  situation: string | null;
  assistance: string | null;
  consentToRefer: boolean;
  consentToShare: boolean;
  state: ReferralState;
  sentOn: string | null;
  followUpOn: string | null;
  closedOn: string | null;
  outcome: ReferralOutcome | null;
  outcomeNote: string | null;
}

export interface DemoMca {
  id: string;
  hub: string;
  name: string;
  phone: string;
  address: string;
  workplace: string;
  referenceName: string;
  referencePhone: string;
  community: string;
  joinedOn: string;
  leftOn: string | null;
  letters: { signedOn: string; until: string | null }[];
  checkIns: { on: string; channel: CheckInChannel; note: string | null }[];
  actions: {
    on: string;
    place: string;
    situation: string;
    intervention: string;
    minutes: number;
    type: McaInterventionType;
    followUp: string | null;
  }[];
}

export interface DemoPersonCode {
  hub: string;
  code: string;
  issuedOn: string;
}

export interface DemoCaseContext {
  caseUuid: string;
  hub: string;
  source: CaseSource | null;
  /** The MCA's `id` when `source` is `mca`. */
  mcaId: string | null;
  /** The person code (`XXXX-XXXX-C`) of the hub, when the person consented to one. */
  personCode: string | null;
}

export interface DemoFeedback {
  hub: string;
  month: string;
  satisfaction: number | null;
  clearInformation: string | null;
  respectful: string | null;
  waiting: string | null;
  recommend: string | null;
}

export interface DemoCasework {
  mcas: DemoMca[];
  referrals: DemoReferral[];
  personCodes: DemoPersonCode[];
  caseContexts: DemoCaseContext[];
  feedback: DemoFeedback[];
}
