import type { Action, Service } from './codes.ts';
import { ACTIONS, SERVICES, isReferral } from './codes.ts';
import { organizationsBySector } from './directory.ts';
import type { HubSpec } from './hub-specs.ts';
import { scenarioTable, type Scenario } from './scenarios.ts';
import {
  GENERIC_REFERRAL_SECTORS,
  REFERRAL_SECTORS,
  SERVICE_ACTIONS,
  SERVICE_DEMAND,
  type Audience,
} from './services.ts';
import type { DemoHub, DirectoryEntry, DirectorySector } from './types.ts';
import { weighted, weightedRecord, type Weighted } from './weighted.ts';

/** Everything precomputed for one hub, so that generating a record allocates little. */
export interface HubContext {
  spec: HubSpec;
  hub: DemoHub;
  nationalities: Weighted<string>;
  foreignNationalities: Weighted<string>;
  scenarios: Weighted<Scenario>;
  /** Probability that a case at this hub shows a vulnerability. */
  vulnerableShare: number;
  services: Record<Audience, Weighted<Service>>;
  /** Usual actions per service, limited to referrals the hub's directory can serve. */
  actions: Record<Service, Weighted<Action>>;
  /** Organization names a referral action can name, per service. */
  referralOrgs: Map<string, string[]>;
  places: Weighted<readonly [string, string]>;
  officers: Weighted<string>;
}

/** Organizations for `action` taken for `service`, from the hub's directory. */
function orgsFor(
  action: Action,
  service: Service,
  bySector: Map<DirectorySector, string[]>,
): string[] {
  const sectors =
    action === 'referred_to_organization'
      ? GENERIC_REFERRAL_SECTORS[service]
      : REFERRAL_SECTORS[action];
  return (sectors ?? []).flatMap((s) => bySector.get(s) ?? []);
}

export function referralKey(service: Service, action: Action): string {
  return `${service}|${action}`;
}

export function buildHubContext(
  spec: HubSpec,
  hub: DemoHub,
  directory: DirectoryEntry[],
): HubContext {
  const bySector = organizationsBySector(directory);
  const referralOrgs = new Map<string, string[]>();
  for (const service of SERVICES) {
    for (const action of ACTIONS) {
      if (!isReferral(action)) continue;
      const orgs = orgsFor(action, service, bySector);
      if (orgs.length > 0) referralOrgs.set(referralKey(service, action), orgs);
    }
  }
  const actions = Object.fromEntries(
    SERVICES.map((service) => {
      const pairs = Object.entries(SERVICE_ACTIONS[service]) as [Action, number][];
      const usable = pairs.map(([a, w]) => {
        if (isReferral(a) && !referralOrgs.has(referralKey(service, a))) return [a, 0] as const;
        if (
          (a === 'appointment_scheduled' || a === 'online_procedure_done') &&
          !spec.transactional
        ) {
          return [a, w * 0.25] as const;
        }
        return [a, w] as const;
      });
      const table = usable.some(([, w]) => w > 0) ? usable : [['info_verbal', 1] as const];
      return [service, weighted(table)];
    }),
  ) as Record<Service, Weighted<Action>>;

  const nationalityPairs = Object.entries(spec.nationalities);
  const services = Object.fromEntries(
    (Object.keys(SERVICE_DEMAND) as Audience[]).map((aud) => {
      const demand = { ...SERVICE_DEMAND[aud] };
      if (spec.transactional && demand.migration_authority_procedure !== undefined) {
        demand.migration_authority_procedure *= 2.5;
        demand.regularization = (demand.regularization ?? 0) * 1.3;
      }
      return [aud, weightedRecord(demand)];
    }),
  ) as Record<Audience, Weighted<Service>>;

  return {
    spec,
    hub,
    nationalities: weighted(nationalityPairs),
    foreignNationalities: weighted(
      nationalityPairs.filter(([n]) => n !== spec.country && n !== 'stateless' && n !== 'other'),
    ),
    scenarios: scenarioTable(spec.transit),
    vulnerableShare: 0.12 + 0.14 * spec.transit,
    services,
    actions,
    referralOrgs,
    places: weighted<readonly [string, string]>([
      [[spec.admin1, spec.admin2], 8],
      ...spec.nearby.map((p) => [p, 2 / spec.nearby.length] as const),
    ]),
    officers: weighted(hub.officerIds.map((id, i) => [id, i === 0 ? 1.5 : 1] as const)),
  };
}
