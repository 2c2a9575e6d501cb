import { describe, expect, it } from 'vitest';
import { writeMinutesCsv } from './minutes-csv.ts';

const rows = [
  ['Sección', 'Ventanilla', 'Asunto'],
  ['Reunión', '', 'Ana Pérez (OIM); Luis Mora'],
  ['Decisión', 'Upala', '=1+1, revisar'],
];

describe('minutes CSV', () => {
  it('splits Spanish minutes by ";" (Spanish Excel), quoting a cell that holds one', () => {
    const text = writeMinutesCsv({ rows, lang: 'es' });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Sección;Ventanilla;Asunto',
      'Reunión;;"Ana Pérez (OIM); Luis Mora"',
      `Decisión;Upala;"'=1+1, revisar"`,
      '',
    ]);
  });

  it('splits English minutes by ","', () => {
    const text = writeMinutesCsv({ rows, lang: 'en' });
    expect(text.slice(1).split('\r\n').slice(0, 2)).toEqual([
      'Sección,Ventanilla,Asunto',
      'Reunión,,"Ana Pérez (OIM); Luis Mora"',
    ]);
  });
});
