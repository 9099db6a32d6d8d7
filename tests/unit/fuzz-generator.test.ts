import type { ZodTypeAny } from 'zod';
import { ACTIONS, type ActionName } from '../../shared/api';
import { makeCase, type CaseContext } from '../fuzz/fuzz-cases';
import { rng } from '../fuzz/rng';
import { sample } from '../fuzz/schema-sample';
import { plausibleStrings } from '../fuzz/values';

const now = new Date('2026-11-30T02:00:00Z');
const ctx: CaseContext = {
  pool: { strings: plausibleStrings(now), ids: ['rs_1', 'team-1', 'slot-1'], now },
  personas: ['o-resident-ligl', 'o-staff-zhangyi'],
  triggers: { reminder: ['tick'], contract: ['daily'] },
};
const actions = Object.keys(ACTIONS) as ActionName[];

describe('fuzz case generator', () => {
  it('makes the same case again from the same seed', () => {
    for (const action of actions) expect(JSON.stringify(makeCase(action, 42, ctx))).toBe(JSON.stringify(makeCase(action, 42, ctx)));
  });

  it('draws inputs that pass their schema for nearly every action, so calls get past validation', () => {
    const neverValid = actions.filter((action) => {
      const schema = ACTIONS[action].input as unknown as ZodTypeAny;
      const r = rng(7);
      return !Array.from({ length: 60 }, () => schema.safeParse(sample(schema, r, ctx.pool)).success).some(Boolean);
    });
    expect(neverValid).toEqual([]);
  });

  it('mixes valid calls, corrupted inputs, forged timer events and malformed bodies', () => {
    const kinds = new Set(Array.from({ length: 2000 }, (_, i) => makeCase('reminder.savePlan', i, ctx).kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['valid', 'replace', 'operator', 'pollute', 'forged-timer', 'internal', 'timer-malformed', 'raw', 'envelope']));
  });
});
