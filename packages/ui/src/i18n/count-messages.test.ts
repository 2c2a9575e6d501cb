import { describe, expect, it } from 'vitest';
import { findCountMessageProblems } from './count-messages.ts';
import { sharedMessages } from './shared.ts';
import { createTranslator, defineMessages } from './translate.ts';

describe('findCountMessageProblems', () => {
  it('passes the shared catalogue', () => {
    expect(findCountMessageProblems({ catalogs: [sharedMessages] })).toEqual([]);
  });

  it('passes plural messages and counts that do not precede a noun', () => {
    const good = defineMessages({
      es: {
        rows: { one: '{count} fila', other: '{count} filas' },
        progress: 'Pasos completados: {done} de {total}',
        step: 'Paso {n}: {title}',
      },
      en: {
        rows: { zero: 'No rows', one: '{count} row', other: '{count} rows' },
        progress: 'Steps completed: {done} of {total}',
        step: 'Step {n}: {title}',
      },
    });
    expect(findCountMessageProblems({ catalogs: [good] })).toEqual([]);
  });

  it('reports each way a count can read "1 registros"', () => {
    const bad = defineMessages({
      es: {
        exported: 'Archivo con {count} registros.',
        groups: '{records} casos forman {groups} grupos',
        same: { one: '{count} celdas', other: '{count} celdas' },
        progress: {
          one: '{count} fila leída, {rejected} rechazadas.',
          other: '{count} filas leídas, {rejected} rechazadas.',
        },
        half: { one: '{count} caso', other: '{count} casos' },
      },
      en: {
        exported: 'File with {count} records.',
        groups: 'Cases: {records}; groups: {groups}',
        same: { one: '{count} cell', other: '{count} cells' },
        progress: {
          one: '{count} row read; rejected so far: {rejected}.',
          other: '{count} rows read; rejected so far: {rejected}.',
        },
        half: '{count} case(s)',
      },
    });
    const found = findCountMessageProblems({ catalogs: [bad] }).map(
      (p) => `${p.lang} ${p.key}: ${p.problem}`,
    );
    expect(found).toEqual([
      'es exported: shows {count} without plural forms',
      'es groups: puts the count {records} before "casos" without plural forms',
      'es groups: puts the count {groups} before "grupos" without plural forms',
      'es same: has the same singular and plural form',
      'es progress: one: puts the count {rejected} before "rechazadas" without plural forms',
      'es progress: other: puts the count {rejected} before "rechazadas" without plural forms',
      'en exported: shows {count} without plural forms',
      'en half: has plural forms in es only',
      'en half: shows {count} without plural forms',
    ]);
  });

  it('a singular count reads singular through the translator', () => {
    const t = createTranslator({
      lang: 'es',
      catalogs: [
        defineMessages({
          es: { g: { one: '{count} grupo', other: '{count} grupos' } },
          en: { g: { one: '{count} group', other: '{count} groups' } },
        }),
      ],
    });
    expect(t('g', { count: 1 })).toBe('1 grupo');
    expect(t('g', { count: 2 })).toBe('2 grupos');
  });
});
