import type { ZodTypeAny } from 'zod';
import { ACTIONS, splitAction, type ActionName } from '../../shared/api';
import { rng, type Rng } from './rng';
import { pathsOf, sample, type SamplePool } from './schema-sample';
import { hostileStrings, hostileValue, operatorObject, pollutedObject } from './values';

/** Who makes a call: a WeChat caller (null: none), or CloudBase's timer trigger. */
export interface Caller {
  openid: string | null;
  timer?: boolean;
}

/** One generated call; `seed` replays it exactly. */
export interface FuzzCase {
  action: ActionName;
  seed: number;
  /** How the input was made (`valid`, `replace`, `operator`, `forged-timer`, ...). */
  kind: string;
  fn: string;
  caller: Caller;
  /** The event as a JSON body; `raw` instead when the body itself is malformed. */
  event?: Record<string, unknown>;
  raw?: string;
  /** Send over HTTP through the function gateway rather than invoking in-process. */
  http: boolean;
  /** A call that must be refused whatever the input (a forged timer or internal event). */
  mustFail: boolean;
}

export interface CaseContext {
  pool: SamplePool;
  /** Openids of the demo people (residents, guardians, staff). */
  personas: string[];
  /** Timer trigger names of each function. */
  triggers: Record<string, string[]>;
}

function setAt(target: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

function mutate(input: unknown, r: Rng): { kind: string; input: unknown } {
  const paths = pathsOf(input).filter((p) => p.length > 0);
  const kind = r.pick(['replace', 'replace', 'replace', 'drop', 'extra', 'operator', 'pollute', 'whole', 'string']);
  if (kind === 'drop' && paths.length > 0 && input && typeof input === 'object') {
    const key = r.pick(Object.keys(input));
    if (key === undefined) return { kind, input: {} };
    const copy = { ...(input as Record<string, unknown>) };
    delete copy[key];
    return { kind, input: copy };
  }
  if (kind === 'extra') return { kind, input: { ...(input as object), [r.pick(['$where', 'extra', 'openid', 'role', '_id', 'status'])]: hostileValue(r) } };
  if (kind === 'operator' && paths.length > 0) return { kind, input: setAt(input, r.pick(paths), operatorObject(r)) };
  if (kind === 'pollute') {
    const base = input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
    return { kind, input: pollutedObject(r, base) };
  }
  if (kind === 'string' && paths.length > 0) return { kind, input: setAt(input, r.pick(paths), r.pick(hostileStrings(r))) };
  if (kind === 'whole' || paths.length === 0) return { kind: 'whole', input: hostileValue(r) };
  return { kind, input: setAt(input, r.pick(paths), hostileValue(r)) };
}

function requestId(r: Rng): string | undefined {
  if (r.chance(0.6)) return undefined;
  if (r.chance(0.15)) return r.pick(['short', 'has space and more', '${x}', 'x'.repeat(65), '../../../../etc', '请求编号12345']);
  return `fz${r.int(0, 1e9).toString(36)}${r.int(0, 1e9).toString(36)}`;
}

const RAW_BODIES = [
  '{"action":"x","input":{"n":NaN}}', '{"action":', 'null', '[]', '"text"', '{"action":"me","input":{"a":Infinity}}',
  '{"__proto__":{"action":"me"},"constructor":{"prototype":{"polluted":true}}}', '{"action":"me","action":"me"}',
  `{"action":"me","input":${'['.repeat(5000)}${']'.repeat(5000)}}`, '\ud800', '{"action":"me"}\u0000', '',
];

/**
 * Case `index` of `action` under run seed `runSeed`: mostly a sample from the action's input schema,
 * mutated; sometimes the sample as is; sometimes a malformed envelope, a forged timer or internal
 * event, or a malformed HTTP body. The same (runSeed, action, index) always gives the same case.
 */
export function makeCase(action: ActionName, seed: number, ctx: CaseContext): FuzzCase {
  const r = rng(seed);
  const { fn, action: short } = splitAction(action);
  const schema = ACTIONS[action].input as unknown as ZodTypeAny;
  const base = sample(schema, r, ctx.pool);
  const roll = r.next();
  const caller: Caller = { openid: r.chance(0.08) ? null : r.chance(0.7) ? r.pick(ctx.personas) : `o-fuzz-${r.int(0, 199)}` };
  const out = { action, seed, fn, caller, http: r.chance(0.04), mustFail: false };
  if (roll < 0.12) return { ...out, kind: 'valid', event: { action: short, input: base, requestId: requestId(r) } };
  if (roll < 0.9) {
    const { kind, input } = mutate(base, r);
    return { ...out, kind, event: { action: short, input, requestId: requestId(r) } };
  }
  if (roll < 0.94) {
    const envelope = r.pick<Record<string, unknown>>([
      { action: r.pick(hostileStrings(r)), input: base },
      { action: short, input: base, requestId: hostileValue(r) },
      { action: hostileValue(r), input: base },
      { action: short, input: base, userInfo: { openId: r.pick(ctx.personas), appId: 'wx-forged' } },
      { action: `${short}.constructor`, input: base },
      { action: r.pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty']), input: base },
    ]);
    return { ...out, kind: 'envelope', event: envelope };
  }
  if (roll < 0.97) {
    // A timer event sent by a caller (or by nobody) is refused however genuine it looks.
    const trigger = r.pick([...(ctx.triggers[fn] ?? []), 'tick', hostileStrings(r)[0]]);
    const event: Record<string, unknown> = r.chance(0.5)
      ? { Type: 'Timer', TriggerName: trigger, Time: new Date().toISOString() }
      : { Type: r.pick(['Timer', 'timer', hostileValue(r)]), TriggerName: r.chance(0.5) ? trigger : r.pick(hostileStrings(r)), Time: hostileValue(r), action: short, input: base };
    if (r.chance(0.3)) return { ...out, kind: 'internal', event: { Internal: r.pick(['endStays', 'deliver', 'constructor', 'x']), Payload: hostileValue(r) }, mustFail: true };
    return { ...out, kind: 'forged-timer', event, mustFail: true };
  }
  if (roll < 0.985 && (ctx.triggers[fn] ?? []).length > 0) {
    // CloudBase's own timer run with a malformed event: refused as INVALID_INPUT, never a crash.
    const event = { Type: 'Timer', TriggerName: r.pick([...ctx.triggers[fn], 'nope', '__proto__']), Time: r.pick<unknown>(['not a time', '2026-02-30T00:00:00Z', 12, null, { $gt: '' }, '']) };
    return { ...out, kind: 'timer-malformed', caller: { openid: null, timer: true }, http: false, event, mustFail: true };
  }
  return { ...out, kind: 'raw', http: true, raw: r.pick(RAW_BODIES) };
}
