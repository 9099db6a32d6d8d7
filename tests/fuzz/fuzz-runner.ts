import { ACTIONS, ERROR_CODES, type ActionName } from '../../shared/api';
import type { Emulator } from '../../emulator/server';
import { PERSONAS } from '../../emulator/seed/personas';
import { makeCase, type CaseContext, type FuzzCase } from './fuzz-cases';
import { hashText } from './rng';
import { plausibleStrings } from './values';

/**
 * Collections a refused call may still write: refusals are audited, failed guesses are counted (a
 * wrong identity code must count, or guessing would be free), and a write call counts against its
 * caller's write limit (`rateLimits`) before the handler decides. The fuzzer and the authorization
 * matrix both ignore them when checking that a refusal changed nothing.
 */
export const BOOKKEEPING = new Set(['auditLog', 'attempts', 'rateLimits']);

export interface FuzzFailure {
  action: ActionName;
  seed: number;
  kind: string;
  problem: string;
  /** The function broke (a 5xx, a thrown invocation, INTERNAL, a reply of no known shape), as opposed to a data change. */
  crash: boolean;
}

export interface FuzzReport {
  cases: number;
  accepted: number;
  failures: FuzzFailure[];
  /** Cases and milliseconds spent per kind of case. */
  kinds: Record<string, { n: number; ms: number }>;
}

const CJK = /[\u4e00-\u9fff]/;
const USER_ERRORS = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL'));

/** What is wrong with a function's reply, or null: a reply is `{ok:true,data}` or a product error with a Chinese message. */
export function replyProblem(reply: unknown, mustFail: boolean): string | null {
  if (!reply || typeof reply !== 'object') return `reply is not an object: ${JSON.stringify(reply)}`;
  const { ok, error } = reply as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (ok === true) return mustFail ? 'a forged event was accepted' : null;
  if (ok !== false || !error) return `reply has no ok/error: ${JSON.stringify(reply).slice(0, 200)}`;
  if (!USER_ERRORS.has(String(error.code))) return `error code ${String(error.code)}`;
  if (typeof error.message !== 'string' || !CJK.test(error.message)) return `error message not for the screen: ${String(error.message)}`;
  return null;
}

const ID_FIELDS: Record<string, string> = {
  residentId: 'residents', teamId: 'teams', contractId: 'contracts', previousContractId: 'contracts', stayId: 'contracts',
  slotId: 'slots', appointmentId: 'appointments', planId: 'reminderPlans', guardianshipId: 'guardianships', visitId: 'visits',
};

/** Ids of real documents for valid-looking inputs (by field name too), and the demo people as callers. */
export function caseContext(emulator: Emulator): CaseContext {
  const idsByField: Record<string, string[]> = {};
  for (const [field, coll] of Object.entries(ID_FIELDS)) {
    const query = field === 'stayId' ? { kind: 'sojourn' } : {};
    idsByField[field] = emulator.db.find(coll, query, { limit: 40, projection: { _id: 1 } }).map((d) => String(d._id));
  }
  type Points = Array<{ id?: string }> | undefined;
  idsByField.pointId = emulator.db
    .find('teams', {}, { limit: 20 })
    .flatMap((t) => [...((t.fixedPoints as Points) ?? []), ...((t.mobilePoints as Points) ?? [])].map((p) => String(p.id)));
  const ids = [...new Set(Object.values(idsByField).flat())];
  const triggers: Record<string, string[]> = {};
  for (const f of emulator.host.functions()) triggers[f.name] = f.triggers.map((t) => t.name);
  const now = new Date();
  return { pool: { strings: plausibleStrings(now), ids, idsByField, now }, personas: PERSONAS.map((p) => p.openid), triggers };
}

/** The seed of case `index` of `action` in a run seeded `runSeed`. */
export const caseSeed = (runSeed: number, action: string, index: number): number => hashText(`${action}#${index}`, runSeed);

async function send(emulator: Emulator, c: FuzzCase): Promise<{ status: number; reply: unknown }> {
  const body = c.raw ?? JSON.stringify(c.event);
  if (c.http) {
    const res = await fetch(`${emulator.url}/functions/${c.fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(c.caller.openid ? { 'x-openid': c.caller.openid } : {}) },
      body,
    });
    const text = await res.text();
    let reply: unknown = text;
    try {
      reply = JSON.parse(text);
    } catch {
      // kept as text: replyProblem reports it
    }
    return { status: res.status, reply };
  }
  // In-process, as the gateway would call it: the event is what JSON carries, the host answers or throws.
  try {
    return { status: 200, reply: await emulator.host.invoke(c.fn, JSON.parse(body), c.caller) };
  } catch (err) {
    return { status: 500, reply: String((err as Error)?.stack ?? err) };
  }
}

/**
 * Runs `cases` generated calls of each action against a running emulator and checks each: no crash
 * (HTTP 500, a thrown invocation), only a product error code with a Chinese message, and no change
 * to the data by a refused call.
 */
export async function fuzzActions(emulator: Emulator, actions: ActionName[], cases: number, runSeed: number): Promise<FuzzReport> {
  const ctx = caseContext(emulator);
  const report: FuzzReport = { cases: 0, accepted: 0, failures: [], kinds: {} };
  let known = { version: emulator.db.writeVersion(), fp: emulator.db.fingerprint() };
  for (const action of actions) {
    for (let i = 0; i < cases; i += 1) {
      const c = makeCase(action, caseSeed(runSeed, action, i), ctx);
      if (emulator.db.writeVersion() !== known.version) known = { version: emulator.db.writeVersion(), fp: emulator.db.fingerprint() };
      const started = Date.now();
      const { status, reply } = await send(emulator, c);
      report.cases += 1;
      const spent = (report.kinds[c.kind] ??= { n: 0, ms: 0 });
      spent.n += 1;
      spent.ms += Date.now() - started;
      const fail = (problem: string, crash = true) => report.failures.push({ action, seed: c.seed, kind: c.kind, problem, crash });
      const problem = status >= 500 ? `HTTP ${status}: ${String(JSON.stringify(reply)).slice(0, 300)}` : replyProblem(reply, c.mustFail);
      if (problem) fail(problem, problem !== 'a forged event was accepted');
      if ((reply as { ok?: unknown })?.ok === true) {
        report.accepted += 1;
        continue;
      }
      if (emulator.db.writeVersion() === known.version) continue;
      const after = emulator.db.fingerprint();
      const changed = Object.keys({ ...after, ...known.fp }).filter((coll) => after[coll] !== known.fp[coll] && !BOOKKEEPING.has(coll));
      if (changed.length > 0) fail(`refused call changed ${changed.join(', ')}`, false);
      known = { version: emulator.db.writeVersion(), fp: after };
    }
  }
  return report;
}

/** Every action of the registry, so a new action is fuzzed without anyone listing it. */
export const ALL_ACTIONS = Object.keys(ACTIONS) as ActionName[];

/** One line per failure, with what replays it. */
export function describeFailures(report: FuzzReport, runSeed: number): string {
  return report.failures
    .slice(0, 30)
    .map((f) => `${f.action} case seed ${f.seed} (${f.kind}, run seed ${runSeed}): ${f.problem}`)
    .join('\n');
}
