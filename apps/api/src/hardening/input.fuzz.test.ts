/**
 * Bad input (issue 8): generated malformed input at every mutation and at the importer.
 * Properties: never a 5xx, never INTERNAL_SERVER_ERROR, always a typed answer (a union member
 * or a GraphQL error with a public code), and no partial write: when the answer is a refusal,
 * no table changed. FUZZ_RUNS (default 20) per mutation.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  parse,
  validate,
  type GraphQLInputType,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { sql } from 'drizzle-orm';
import { exampleActivity, exampleCase } from '@ventanilla/domain';
import { generateDemo } from '@ventanilla/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/rows.ts';
import { writeKoboFile, type KoboSourceRecord } from '../import/kobo-file.ts';
import { schema } from '../schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const publicCodes = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);
/** Union members that mean "refused, nothing written". */
const refusal = /(Failed|NotFound|Forbidden|LockedPeriod|Conflict|AuthError|Invalid|Error)$/;

let app: TestApp;
let dir = '';
beforeAll(async () => {
  app = await startTestApp();
  dir = mkdtempSync(join(tmpdir(), 'vt-fuzz-'));
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Row counts of every table except sessions and the audit log (logins and refusals add to them). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    app.database.db,
    sql`select tablename as name from pg_tables where schemaname = 'public'
        and tablename not in ('sessions', 'audit_log') order by tablename`,
  );
  const union = sql.join(
    tables.map(
      (t) => sql`select ${t.name} as name, count(*)::int as n from ${sql.identifier(t.name)}`,
    ),
    sql` union all `,
  );
  const rows = await queryRows<{ name: string; n: number }>(app.database.db, union);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

const injection = fc.constantFrom(
  "'; drop table cases; --",
  '" or 1=1 --',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '\\u0000',
  '%00%27',
  '{"$gt": ""}',
  'a\u0000b',
  '\ud800',
  '\udfff lone',
  '\u202e\u200f\u2066rtl',
  '😀'.repeat(200),
  'Ω≈ç√∫˜µ≤≥÷',
  '\r\n\t',
  '',
  ' ',
);
const dates = fc.constantFrom(
  '0000-00-00',
  '2024-02-30',
  '2024-13-01',
  '9999-12-31',
  '1899-01-01',
  '-0001-01-01',
  '2024-1-1',
  '20240305',
  '2024-03-05T25:61:00Z',
  'NaN',
);
const oddString = fc.oneof(
  injection,
  dates,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  fc.constant(2 ** 53),
);

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof(
      { weight: 6, arbitrary: arbitraryFor(type.ofType, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  if (isListType(type))
    return fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(arbitraryFor(type.ofType as GraphQLInputType, depth + 1), {
          maxLength: 4,
        }),
      },
      { weight: 1, arbitrary: wrongType },
    );
  if (isEnumType(type))
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: oddString },
    );
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const base = baselines[type.name];
    const fields = type.getFields();
    if (base) {
      // A valid record with 1–4 fields replaced by odd values, or unknown fields added.
      const names = Object.keys(fields);
      return fc
        .array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(...names),
              fc.constant('__proto__'),
              fc.constant('not_a_field'),
            ),
            fc.oneof(oddString, wrongType),
          ),
          { minLength: 1, maxLength: 4 },
        )
        .map((edits) => {
          const out: Record<string, unknown> = { ...base };
          for (const [k, v] of edits) out[k] = v;
          return out;
        });
    }
    return fc.record(
      Object.fromEntries(
        Object.entries(fields).map(([name, f]) => [name, arbitraryFor(f.type, depth + 1)]),
      ),
      { requiredKeys: [] },
    );
  }
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float')
      return fc.oneof(
        fc.integer({ min: -5, max: 10_000 }),
        fc.constant(2 ** 31),
        fc.constant(-(2 ** 40)),
        fc.double(),
        oddString,
        wrongType,
      );
    if (type.name === 'Boolean') return fc.oneof(fc.boolean(), wrongType);
    return fc.oneof({ weight: 4, arbitrary: oddString }, { weight: 1, arbitrary: wrongType });
  }
  return wrongType;
}

const { record_type: _c, ...caseInput } = exampleCase;
const { record_type: _a, ...activityInput } = exampleActivity;
const baselines: Record<string, Record<string, unknown>> = {
  CaseInput: caseInput,
  ActivityInput: activityInput,
};

/** Mutations a fuzzer must not call: logout ends the session the fuzzer uses. */
const skip = new Set(['logout']);
const mutationFields = Object.values(schema.getMutationType()!.getFields()).filter(
  (f) => !skip.has(f.name),
);

function selectionFor(field: (typeof mutationFields)[number]): string {
  const named = getNamedType(field.type);
  if (isUnionType(named) || isObjectType(named)) return '{ __typename }';
  return '';
}

/** The document the fuzzer sends to `field`: every argument a variable. */
function documentFor(field: (typeof mutationFields)[number]): string {
  const varDefs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation${varDefs ? `(${varDefs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionFor(field)} }`;
}

describe('generated malformed input at every mutation', () => {
  it('covers every mutation of the schema', () => {
    // Every mutation of the committed schema but logout, each with a document the schema
    // accepts (an invalid one would stop every run at validation and prove nothing).
    const printed = parse(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    const mutationType = printed.definitions.find(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation',
    )!;
    const printedNames = mutationType.fields!.map((f) => f.name.value);
    expect(printedNames).toContain('logout');
    expect(mutationFields.map((f) => f.name).sort()).toEqual(
      printedNames.filter((n) => n !== 'logout').sort(),
    );
    for (const field of mutationFields)
      expect(validate(schema, parse(documentFor(field))), field.name).toEqual([]);
  });

  it.each(mutationFields.map((f) => [f.name, f] as const))(
    '%s: never 5xx, always typed, no partial write',
    async (name, field) => {
      const token = await app.login(name === 'login' ? 'officerTijuana' : 'admin');
      const query = documentFor(field);
      const variables = fc.record(
        Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type)])),
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          const before = await rowCounts();
          const { status, body } = await app.gql(query, vars, { token });
          expect(status, JSON.stringify(body)).toBeLessThan(500);
          const codes = (body.errors ?? []).map((e) => e.extensions?.code);
          for (const code of codes)
            expect(publicCodes.has(code), JSON.stringify(body.errors)).toBe(true);
          const result = body.data?.[name];
          const typename: string | undefined = result?.__typename;
          const refused =
            !!body.errors?.length || (typename !== undefined && refusal.test(typename));
          if (!body.errors?.length && selectionFor(field)) expect(typename).toBeTruthy();
          if (refused) expect(await rowCounts()).toEqual(before);
        }),
        { numRuns: name === 'login' ? 4 : RUNS, seed: 8, endOnFailure: true },
      );
    },
    180_000,
  );
});

describe('generated broken files at the importer', () => {
  it('broken, truncated and wrongly encoded CSV/XLSX: never 5xx, typed report, nothing stored when refused', async () => {
    const demo = generateDemo({ seed: 9, cases: 12, months: 1, today: '2026-05-15' });
    const rows = demo.cases.filter((c) => c.hub === 'cri_upala') as unknown as KoboSourceRecord[];
    const csvPath = join(dir, 'ok.csv');
    const xlsxPath = join(dir, 'ok.xlsx');
    await writeKoboFile({ path: csvPath, records: rows, style: { format: 'csv' } });
    await writeKoboFile({ path: xlsxPath, records: rows, style: { format: 'xlsx' } });
    const csv = readFileSync(csvPath);
    const xlsx = readFileSync(xlsxPath);
    const token = await app.login('officer');

    const mangle = fc.oneof(
      // truncated anywhere
      fc
        .tuple(fc.constantFrom(csv, xlsx), fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([b, f]) => b.subarray(0, Math.floor(b.length * f))),
      // random bytes flipped
      fc
        .tuple(
          fc.constantFrom(csv, xlsx),
          fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 20 }),
        )
        .map(([b, flips]) => {
          const copy = Buffer.from(b);
          for (const [i, v] of flips) copy[i % copy.length] = v;
          return copy;
        }),
      // wrong encodings of the CSV
      fc.constantFrom(
        Buffer.from(csv.toString('utf8'), 'utf16le'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv.toString('utf8'), 'utf16le')]),
        Buffer.from(csv.toString('utf8').replaceAll('a', 'á'), 'latin1'),
        Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]),
      ),
      // structurally broken CSV
      fc
        .tuple(
          fc.constantFrom('"', '\u0000', ';;;;', '\r', '\n\n\n', '"""', 'PK\u0003\u0004'),
          fc.nat(2000),
        )
        .map(([junk, at]) => {
          const text = csv.toString('utf8');
          const i = at % Math.max(1, text.length);
          return Buffer.from(text.slice(0, i) + junk + text.slice(i));
        }),
      fc.uint8Array({ maxLength: 4096 }).map((u) => Buffer.from(u)),
    );
    await fc.assert(
      fc.asyncProperty(mangle, fc.boolean(), async (bytes, acceptValid) => {
        const before = await rowCounts();
        const res = await fetch(`${app.base}/imports?acceptValid=${acceptValid ? 1 : 0}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          body: bytes,
          // A hang is a failure too.
          signal: AbortSignal.timeout(30_000),
        });
        const text = await res.text();
        expect(res.status, text).toBeLessThan(500);
        const report = JSON.parse(text);
        expect(typeof report).toBe('object');
        const after = await rowCounts();
        if (res.status !== 200 || report.stored !== true) {
          expect(after).toEqual(before);
        } else {
          const added =
            after.cases! + (after.activities ?? 0) - before.cases! - (before.activities ?? 0);
          expect(added).toBe(report.counts.inserted);
        }
      }),
      { numRuns: RUNS, seed: 4, endOnFailure: true },
    );
  }, 300_000);
});
