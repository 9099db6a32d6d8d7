import { addDays, dayOf } from '../../shared/appointment/local-time';
import { withCheckChar } from '../../shared/resident/id-number';
import type { Rng } from './rng';

/** Realistic values a valid input is built from: ids are added from the database at run time. */
export function plausibleStrings(now: Date): string[] {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return [
    day(0), day(1), day(3), day(7), day(-1), day(-30), day(400), '1946-03-08', '1958-11-20',
    '08:00', '08:30', '09:00', '11:30', '14:00', '17:00', '23:59',
    new Date(now.getTime() - 3_600_000).toISOString(), new Date(now.getTime() + 86_400_000).toISOString(), '2026-03-10T08:00:00+08:00',
    '13812345678', '13987654321', '0871-65123456', '李桂兰', '王敏', '玉罕·岩温', 'Zhang Wei',
    '呈贡区石龙路 15 号 3 栋', '昆明市五华区翠湖南路 2 号', '头晕两天，血压偏高', '按时服药，饮食清淡',
    withCheckChar('53010219460308123'), withCheckChar('53262219580512007'), '530102194603081230',
    'a'.repeat(64), '0'.repeat(64), 'basic', 'hypertension', 'diabetes', 'mother', 'daughter', 'son',
    'x', 'abc', '', ' ', '1',
  ];
}

/** Values that fit a field by its name (a day for `arrival`, a phone number for `phone`), tried first. */
export function valuesForKey(key: string, now: Date): string[] | null {
  const day = (offset: number) => addDays(dayOf(now), offset);
  if (/birth/i.test(key)) return ['1946-03-08', '1958-11-20', '1990-06-01'];
  if (/date|day$|^from$|^to$|arrival|departure|until/i.test(key)) return [day(1), day(2), day(7), day(30), day(90)];
  if (/^times?$|^start$|^end$|clock/i.test(key)) return ['07:30', '08:00', '09:00', '12:00', '18:30', '21:00'];
  if (/phone/i.test(key)) return ['13812345678', '13987654321', '15912345678'];
  if (/idNumber/i.test(key)) return [withCheckChar('53010219460308123'), withCheckChar('53262219580512007')];
  if (/name$/i.test(key)) return ['李桂兰', '王敏', '玉罕·岩温'];
  if (/url$/i.test(key)) return ['https://tcb.example.com/idcard.jpg', 'http://127.0.0.1:8787/__dev/wx/images/missing.jpg'];
  if (/address/i.test(key)) return ['呈贡区石龙路 15 号 3 栋', '昆明市五华区翠湖南路 2 号'];
  // One-time codes: the 6-digit code a resident shows staff, or a WeChat button's code.
  if (/^code$/.test(key)) return ['123456', '000000', '0a1b2c3d4e5f'];
  return null;
}

/** Numbers worth trying: limits, fractions, and the values JSON cannot carry (they reach a function as null). */
export const HOSTILE_NUMBERS = [0, -1, 1, 7, 50, 51, 0.5, -0.0001, 1e21, -1e21, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity, 1e-300];

/** Strings that break naive code: sizes, encodings, bidi marks, lone surrogates, operators and injections. */
export function hostileStrings(r: Rng): string[] {
  return [
    '',
    ' '.repeat(r.int(1, 40)),
    'A'.repeat(r.pick([97, 1000, 100_000, 600_000])),
    '李'.repeat(r.pick([31, 101, 5000])),
    '\ud800', 'abc\udfffdef', '\udbff\udc00\ud800', // lone and reversed surrogates
    '\u202e\u0645\u0631\u062d\u0628\u0627', 'abc\u200f\u202bxyz', '\u200b\u200d\ufeff', // RTL marks, zero-width
    'e\u0301\u0301\u0301\u0301', '😀👨‍👩‍👧', '🇨🇳', '\u0000', 'a\u0000b', '\n\r\t', '\u2028\u2029',
    '$gt', '$where', '{"$gt":""}', "'; DROP TABLE docs; --", '<script>alert(1)</script>', '../../etc/passwd',
    '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'NaN', 'Infinity', 'null', 'undefined', 'true',
    '2026-02-30', '2026-13-01', '9999-12-31', '0000-00-00', '24:00', '25:61', '-1', '1e400',
    '2026-03-10T25:00:00Z', 'o-staff-zhangyi', 'o-resident-ligl', '%00', '%s%s%s%n', '\\u0000', '\x7f\x80\x9f',
  ];
}

/** A value nested `depth` levels deep in arrays or objects. */
export function deepValue(depth: number, asArray: boolean): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** An object whose own keys are prototype-pollution names (JSON.parse makes `__proto__` an own key). */
export function pollutedObject(r: Rng, base: Record<string, unknown> = {}): Record<string, unknown> {
  const key = r.pick(['__proto__', 'constructor', 'prototype']);
  const payload = r.pick([{ polluted: true, isAdmin: true }, { prototype: { polluted: true } }, 'x', null, []]);
  return JSON.parse(JSON.stringify({ ...base }).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(payload)}${Object.keys(base).length ? ',' : ''}`));
}

/** Query operators a careless handler might pass to the database where a string belongs. */
export function operatorObject(r: Rng): Record<string, unknown> {
  return r.pick<Record<string, unknown>>([
    { $gt: '' }, { $ne: null }, { $in: ['a', 'b'] }, { $regex: '.*' }, { $where: 'sleep(100)' }, { $exists: true },
    { $nin: [] }, { $or: [{}] }, { $expr: { $eq: [1, 1] } }, { $set: { role: 'admin' } },
  ]);
}

/** Any hostile value, of any type. */
export function hostileValue(r: Rng): unknown {
  switch (r.int(0, 9)) {
    case 0: return r.pick(HOSTILE_NUMBERS);
    case 1: return r.pick([true, false, null, undefined]);
    case 2: return r.pick(hostileStrings(r));
    case 3: return deepValue(r.pick([20, 200, 2000]), r.chance(0.5));
    case 4: return operatorObject(r);
    case 5: return pollutedObject(r);
    case 6: return r.pick([[], {}, [null], [[]], { length: 1e9 }, Array.from({ length: r.pick([51, 1000, 20000]) }, (_, i) => i)]);
    case 7: return { toString: 'x', valueOf: 1, toJSON: null };
    case 8: return r.pick(['2026-03-10', { $date: 0 }, { $oid: 'x' }, { $numberLong: '1' }, { $undefined: true }]);
    default: return r.pick([-0, 1.5, '1', 'true', '[]', '{}']);
  }
}
