import { describe, expect, it } from 'vitest';
import { makeActivity, validateForTest } from '../testing/fixtures.ts';

const only = (rule: string, record: Record<string, unknown>, hubCountry?: string | null) =>
  validateForTest({ record, hubCountry }).filter((v) => v.rule === rule);

describe('R35 · Activity outside the hub country', () => {
  it('warns when B.1 is not the hub country', () => {
    const [v] = only('R35', makeActivity({ b1_country: 'GTM' }), 'MEX');
    expect(v?.severity).toBe('warning');
    expect(v?.message_en).toBe("The activity took place outside the hub's country. Check B.1.");
    expect(v?.message_es).toBe(
      'La actividad se realizó fuera del país de la ventanilla. Revise B.1.',
    );
  });
  it('does not warn inside, or without a hub country', () => {
    expect(only('R35', makeActivity(), 'MEX')).toEqual([]);
    expect(only('R35', makeActivity({ b1_country: 'GTM' }), null)).toEqual([]);
  });
});

describe('R36 · A training workshop needs the pass count', () => {
  it('fails without it', () => {
    expect(only('R36', makeActivity({ b2_scored_above_70: null }))[0]?.message_es).toBe(
      'Para un taller de capacitación, indique cuántas personas obtuvieron más de 70 puntos (0 si ninguna).',
    );
  });
  it('passes with 0', () => {
    expect(only('R36', makeActivity({ b2_scored_above_70: 0 }))).toEqual([]);
  });
});

describe('R37 · Pass count only for training workshops', () => {
  it('fails on another activity type', () => {
    expect(only('R37', makeActivity({ b2_activity_type: 'information_day' }))[0]?.message_en).toBe(
      'The number who scored above 70 is only for training workshops. Delete it or change the activity type.',
    );
  });
  it('passes when empty', () => {
    expect(
      only('R37', makeActivity({ b2_activity_type: 'information_day', b2_scored_above_70: null })),
    ).toEqual([]);
  });
});

describe('R38 · Pass count is a whole number, 0 or more', () => {
  it('fails for negative or fractional values', () => {
    expect(only('R38', makeActivity({ b2_scored_above_70: -1 }))[0]?.message_en).toBe(
      'Enter a whole number, 0 or more.',
    );
    expect(only('R38', makeActivity({ b2_scored_above_70: 2.5 }))[0]?.message_es).toBe(
      'Indique un número entero, 0 o más.',
    );
  });
  it('passes for 0', () => {
    expect(only('R38', makeActivity({ b2_scored_above_70: 0 }))).toEqual([]);
  });
});

describe('R39 · Pass count within the people reached', () => {
  it('reach_11_25 with 26 fails, on both fields, with value and upper', () => {
    const [v] = only('R39', makeActivity({ b2_scored_above_70: 26 }));
    expect(v?.fields).toEqual(['b2_scored_above_70', 'b4_people_reached']);
    expect(v?.message_en).toBe(
      '26 people cannot have scored above 70: B.4 says at most 25 people were reached. Check B.2 or B.4.',
    );
    expect(v?.message_es).toBe(
      'No es posible que 26 personas obtuvieran más de 70 puntos: según B.4 se alcanzó como máximo a 25. Revise B.2 o B.4.',
    );
  });
  it('reach_11_25 with 25 passes; reach_5001_plus with 9000 passes; empty passes', () => {
    expect(only('R39', makeActivity({ b2_scored_above_70: 25 }))).toEqual([]);
    expect(
      only('R39', makeActivity({ b2_scored_above_70: 9000, b4_people_reached: 'reach_5001_plus' })),
    ).toEqual([]);
    expect(only('R39', makeActivity({ b2_scored_above_70: null }))).toEqual([]);
  });
});

describe('R40 · Percentages in steps of 10', () => {
  it('fails for values off the steps, never rounding', () => {
    const [v] = only('R40', makeActivity({ b5_pct_female: 45 }));
    expect(v?.fields).toEqual(['b5_pct_female']);
    expect(v?.message_en).toBe(
      'Enter a percentage from 0 to 100 in steps of 10 (0, 10, 20 … 100).',
    );
    expect(v?.message_es).toBe(
      'Indique un porcentaje de 0 a 100 en múltiplos de 10 (0, 10, 20 … 100).',
    );
    expect(only('R40', makeActivity({ b7_pct_under_18: 110 }))).toHaveLength(1);
    expect(only('R40', makeActivity({ b7_pct_under_18: 10.0000001 }))).toHaveLength(1);
  });
  it('passes for 0 and 100', () => {
    expect(only('R40', makeActivity({ b5_pct_female: 0, b7_pct_under_18: 100 }))).toEqual([]);
  });
});

describe('R41 · Unmet needs described', () => {
  it('fails without the text', () => {
    expect(only('R41', makeActivity({ b8_unmet_needs_text: null }))[0]?.message_en).toBe(
      'Describe briefly the information needs you detected.',
    );
  });
  it('passes with it', () => {
    expect(only('R41', makeActivity())).toEqual([]);
  });
});

describe('R42 · No needs text when the answer is "no"', () => {
  it('fails with text', () => {
    expect(only('R42', makeActivity({ b8_unmet_needs: 'no' }))[0]?.message_es).toBe(
      'Respondió No: borre la descripción de necesidades o cambie la respuesta a Sí.',
    );
  });
  it('passes without', () => {
    expect(only('R42', makeActivity({ b8_unmet_needs: 'no', b8_unmet_needs_text: null }))).toEqual(
      [],
    );
  });
});

describe('R43 · Average age under 18 but 0 % minors', () => {
  it('warns', () => {
    expect(
      only('R43', makeActivity({ b6_avg_age: 'avg_12_17', b7_pct_under_18: 0 }))[0]?.message_en,
    ).toBe('If the average age is under 18, some participants are minors. Check B.6 or B.7.');
  });
  it('does not warn with minors', () => {
    expect(only('R43', makeActivity({ b6_avg_age: 'avg_under_12', b7_pct_under_18: 90 }))).toEqual(
      [],
    );
  });
});

describe('R44 · 100 % minors but an adult average age', () => {
  it('warns', () => {
    expect(only('R44', makeActivity({ b7_pct_under_18: 100 }))[0]?.message_es).toBe(
      'Si todas las personas participantes son menores de 18 años, la edad promedio debe ser menor de 18. Revise B.6 o B.7.',
    );
  });
  it('does not warn with a minor average', () => {
    expect(only('R44', makeActivity({ b7_pct_under_18: 100, b6_avg_age: 'avg_12_17' }))).toEqual(
      [],
    );
  });
});
