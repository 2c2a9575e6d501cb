import { describe, expect, it } from 'vitest';
import { makeCase, validateForTest } from '../testing/fixtures.ts';
import { checkServiceCount } from './case-services.ts';

const only = (rule: string, record: Record<string, unknown>) =>
  validateForTest({ record }).filter((v) => v.rule === rule);

const emptySlot2 = {
  a10_service_2: null,
  a10_service_other_2: null,
  a11_action_2: null,
  a11_action_other_2: null,
  a11_referral_org_2: null,
};

describe('R19 · At least one service', () => {
  it('fails without service 1', () => {
    const [v] = only('R19', makeCase({ a10_service_1: null, a11_action_1: null }));
    expect(v?.fields).toEqual(['a10_service_1']);
    expect(v?.message_en).toBe('Record the service the person requested (A.10).');
    expect(v?.message_es).toBe('Registre el servicio que solicitó la persona (A.10).');
  });
  it('passes with service 1', () => {
    expect(only('R19', makeCase())).toEqual([]);
  });
});

describe('R20 · Service slots without gaps', () => {
  it('(health, —, shelter) fails for n = 3', () => {
    const [v] = only(
      'R20',
      makeCase({ ...emptySlot2, a10_service_3: 'shelter', a11_action_3: 'info_verbal' }),
    );
    expect(v).toMatchObject({ fields: ['a10_service_3'], slot: 3 });
    expect(v?.message_en).toBe(
      'Fill the services in order: service 3 has an answer but service 2 is empty.',
    );
    expect(v?.message_es).toBe(
      'Registre los servicios en orden: el servicio 3 tiene respuesta pero el servicio 2 está vacío.',
    );
  });
  it('(health, shelter, —) passes', () => {
    expect(
      only(
        'R20',
        makeCase({
          a10_service_2: 'shelter',
          a11_action_2: 'info_verbal',
          a11_referral_org_2: null,
        }),
      ),
    ).toEqual([]);
  });
});

describe('R21 · At most three services', () => {
  it('fails for a set fourth-slot import column', () => {
    const [v] = only('R21', makeCase({ a10_service_4: 'shelter', a11_action_4: '' }));
    expect(v?.fields).toEqual(['a10_service_4']);
    expect(v?.message_en).toBe('A case can have at most 3 services. Keep the 3 main ones.');
    expect(v?.message_es).toBe(
      'Un caso puede tener como máximo 3 servicios. Deje los 3 principales.',
    );
  });
  it('checks API list lengths', () => {
    expect(checkServiceCount({ count: 4 }).map((v) => v.rule)).toEqual(['R21']);
    expect(checkServiceCount({ count: 3 })).toEqual([]);
  });
  it('passes with three', () => {
    expect(only('R21', makeCase({ a10_service_4: null }))).toEqual([]);
  });
});

describe('R22 · Each service needs an action', () => {
  it('fails without the action, per slot', () => {
    const [v] = only('R22', makeCase({ a11_action_2: null, a11_referral_org_2: null }));
    expect(v).toMatchObject({ fields: ['a11_action_2'], slot: 2 });
    expect(v?.message_en).toBe('Record the action taken for service 2 (A.11).');
    expect(v?.message_es).toBe('Registre la acción realizada para el servicio 2 (A.11).');
  });
  it('passes with actions', () => {
    expect(only('R22', makeCase())).toEqual([]);
  });
});

describe('R23 · An empty slot carries no details', () => {
  it('fails when an empty slot has an action', () => {
    const [v] = only('R23', makeCase({ a11_action_3: 'info_verbal' }));
    expect(v).toMatchObject({ fields: ['a11_action_3'], slot: 3 });
    expect(v?.message_es).toBe(
      'El servicio 3 está vacío pero tiene otras respuestas. Elija el servicio o borre esas respuestas.',
    );
  });
  it('passes when the empty slot is all empty', () => {
    expect(only('R23', makeCase())).toEqual([]);
  });
});

describe('R24 · A referral needs the organization', () => {
  it('fails for a referral action without organization', () => {
    const [v] = only('R24', makeCase({ a11_referral_org_2: ' ' }));
    expect(v).toMatchObject({ fields: ['a11_referral_org_2'], slot: 2 });
    expect(v?.message_en).toBe(
      'Write the name of the organization the person was referred to (service 2).',
    );
  });
  it('passes with it', () => {
    expect(only('R24', makeCase())).toEqual([]);
  });
});

describe('R25 · An organization only for referral actions', () => {
  it('fails for an organization on a non-referral action', () => {
    const [v] = only('R25', makeCase({ a11_referral_org_1: 'Cruz Roja' }));
    expect(v).toMatchObject({ fields: ['a11_referral_org_1'], slot: 1 });
    expect(v?.message_es).toBe(
      'La organización solo se registra cuando la acción es una referencia. Bórrela o elija una acción de referencia (servicio 1).',
    );
  });
  it('passes on referral actions', () => {
    expect(only('R25', makeCase())).toEqual([]);
  });
});

describe('R26 · No repeated slot', () => {
  it('slot 1 (health, info_verbal) and slot 2 (health, info_verbal) fail', () => {
    const [v] = only(
      'R26',
      makeCase({
        a10_service_1: 'health',
        a11_action_1: 'info_verbal',
        a11_action_2: 'info_verbal',
        a11_referral_org_2: null,
      }),
    );
    expect(v).toMatchObject({ slot: 2, fields: ['a10_service_2', 'a11_action_2'] });
    expect(v?.message_en).toBe(
      'Service 2 repeats service 1 with the same action. Delete the repeated one.',
    );
    expect(v?.message_es).toBe(
      'El servicio 2 repite el servicio 1 con la misma acción. Borre el repetido.',
    );
  });
  it('slot 3 repeating slot 1 fails with m = 1', () => {
    const [v] = only(
      'R26',
      makeCase({ a10_service_3: 'regularization', a11_action_3: 'appointment_scheduled' }),
    );
    expect(v?.message_en).toBe(
      'Service 3 repeats service 1 with the same action. Delete the repeated one.',
    );
  });
  it('referrals to different organizations pass', () => {
    expect(
      only(
        'R26',
        makeCase({
          a10_service_1: 'health',
          a11_action_1: 'referred_health',
          a11_referral_org_1: 'Hospital A',
          a11_referral_org_2: 'Clínica B',
        }),
      ),
    ).toEqual([]);
  });
  it('other services pass', () => {
    expect(
      only(
        'R26',
        makeCase({
          a10_service_1: 'other',
          a10_service_other_1: 'A',
          a11_action_1: 'info_verbal',
          a10_service_2: 'other',
          a10_service_other_2: 'B',
          a11_action_2: 'info_verbal',
          a11_referral_org_2: null,
        }),
      ),
    ).toEqual([]);
  });
});
