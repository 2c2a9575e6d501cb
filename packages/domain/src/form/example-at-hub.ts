import { findPlaceHint } from './place-hints.ts';
import { exampleActivity, exampleCase, type ActivityRecord, type CaseRecord } from './record.ts';

/** What the hub registry knows of a hub's place (FORM.md §5.2). */
export type ExampleHub = {
  code: string;
  country: string;
  admin1?: string | null;
  type?: 'permanent' | 'mobile' | null;
};

/**
 * A place level the registry does not know, written as the country's own term for it in brackets
 * (§3.3: "(Cantón)", "(Municipio)"): the example stays complete and says what to write there.
 */
function placeholder(country: string, level: 'admin1' | 'admin2'): string {
  const term =
    findPlaceHint({ country })?.[level] ?? (level === 'admin1' ? 'Provincia' : 'Municipio');
  return `(${term.replace(/\s*\(.*$/u, '')})`;
}

/** The places the two examples give for their hubs (§3.6 Upala, §4.3 Tijuana). */
const examplePlaces = new Map([
  [
    exampleCase.hub,
    { admin1: exampleCase.a3_admin1, admin2: exampleCase.a3_admin2, community: null },
  ],
  [
    exampleActivity.hub,
    { admin1: exampleActivity.b1_admin1, admin2: exampleActivity.b1_admin2, community: null },
  ],
]);

/**
 * The §3.6 or §4.3 example record set at another hub, so that its hub and its place agree: an
 * activity held where the hub is (B.1), a person who lives there (A.3). The registry knows the
 * hub's country and state or province, not its municipality: rather than name a municipality of
 * another country, the example writes the local term of that level ("(Cantón)"), unless the other
 * example knows the hub's town. The example's own hub keeps it whole.
 */
export function placeExampleAtHub(args: { kind: 'case'; hub: ExampleHub | null }): CaseRecord;
export function placeExampleAtHub(args: {
  kind: 'activity';
  hub: ExampleHub | null;
}): ActivityRecord;
export function placeExampleAtHub(args: {
  kind: 'case' | 'activity';
  hub: ExampleHub | null;
}): CaseRecord | ActivityRecord;
export function placeExampleAtHub({
  kind,
  hub,
}: {
  kind: 'case' | 'activity';
  hub: ExampleHub | null;
}): CaseRecord | ActivityRecord {
  const example = kind === 'case' ? exampleCase : exampleActivity;
  if (!hub || hub.code === example.hub) return example;
  const known = examplePlaces.get(hub.code);
  const admin1 = hub.admin1?.trim() || known?.admin1 || placeholder(hub.country, 'admin1');
  const admin2 =
    (known && known.admin1 === admin1 ? known.admin2 : null) ?? placeholder(hub.country, 'admin2');
  if (kind === 'case')
    return {
      ...exampleCase,
      hub: hub.code,
      hub_type: hub.type ?? exampleCase.hub_type,
      a3_country: hub.country,
      a3_admin1: admin1,
      a3_admin2: admin2,
      a3_community: null,
      // The example's referral names the health service of its own hub's town.
      a11_referral_org_2: '(Centro de salud)',
    };
  return {
    ...exampleActivity,
    hub: hub.code,
    hub_type: hub.type ?? exampleActivity.hub_type,
    b1_country: hub.country,
    b1_admin1: admin1,
    b1_admin2: admin2,
    b1_community: null,
  };
}
