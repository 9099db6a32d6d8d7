import type { Backend, Reply } from '../harness';
import { ACTIONS, type ActionName } from '../../../shared/api';
import { COLLECTIONS } from '../../../cloudfunctions/core/indexes';
import { rid } from '../contract-fixtures';
import { BOOKKEEPING } from '../../fuzz/fuzz-runner';
import { ACTORS, outcomesIn, type Actor, type Outcome } from './authorization-matrix';
import { inputFor, OPENIDS, prepare, type World } from './matrix-world';

/** Every collection but the bookkeeping a refused call may add to (BOOKKEEPING, as the fuzzer has it). */
const WATCHED = COLLECTIONS.filter((c) => !BOOKKEEPING.has(c));

export interface CellResult {
  action: ActionName;
  actor: Actor;
  expected: Outcome;
  got: Outcome | string;
  reply: Reply<unknown>;
  /** Why a refused cell fails beyond its outcome: a write, a missing audit entry, data in the reply. */
  problems: string[];
}

const dump = (backend: Backend, coll: string) => JSON.stringify(backend.emulator.db.find(coll, {}, { sort: { _id: 1 } }));
const revive = (json: string) => JSON.parse(json, (_k, v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) ? new Date(v) : v));

/** Which watched collections have been written since `marks` were taken (cheap: no document is read). */
export function fingerprints(backend: Backend): Record<string, string> {
  const all = backend.emulator.db.fingerprint();
  return Object.fromEntries(WATCHED.map((c) => [c, all[c] ?? '']));
}

/** The world as built, kept to put back whatever an allowed call changed, so that each cell starts from it. */
export class SavedWorld {
  private readonly docs: Record<string, string>;
  marks: Record<string, string>;

  constructor(private readonly backend: Backend) {
    this.docs = Object.fromEntries(WATCHED.map((c) => [c, dump(backend, c)]));
    this.marks = fingerprints(backend);
  }

  restore(): void {
    const db = this.backend.emulator.db;
    const now = fingerprints(this.backend);
    for (const coll of WATCHED.filter((c) => now[c] !== this.marks[c])) {
      db.removeMany(coll, {});
      const docs = revive(this.docs[coll]);
      if (docs.length > 0) db.insert(coll, docs);
    }
    this.marks = fingerprints(this.backend);
  }
}

/** Calls as the actor: through the function gateway over HTTP, or, for a server-side caller, as another function would. */
async function callAs(backend: Backend, actor: Actor, action: ActionName, input: unknown): Promise<Reply<unknown>> {
  if (actor !== 'server') return backend.call(OPENIDS[actor], action, input, rid('mx'));
  const { fn } = ACTIONS[action];
  const event = { action: action.slice(fn.length + 1), input, requestId: rid('mx') };
  return (await backend.emulator.host.invoke(fn, event, { openid: null, source: 'scf' })) as Reply<unknown>;
}

export function outcomeOf(reply: Reply<unknown>): Outcome | string {
  if (reply.ok) return 'Y';
  const { code } = reply.error;
  if (code === 'FORBIDDEN') return 'F';
  if (code === 'UNAUTHENTICATED') return 'U';
  if (code === 'NOT_FOUND') return 'N';
  if (code === 'INVALID_INPUT') return 'V';
  // Past the policy, an action may still refuse on the state of things (a request already answered).
  if (['CONFLICT', 'NOT_ELIGIBLE', 'SLOT_FULL', 'QUOTA_EXHAUSTED', 'TOO_MANY_ATTEMPTS'].includes(code)) return 'Y';
  return `${code}: ${reply.error.message}`;
}

const REFUSAL_KEYS = ['code', 'field', 'message'];

/**
 * Runs one cell from `saved` (the world's snapshot): a refused call must have written nothing but its
 * audit entry, have recorded that entry (FORBIDDEN only: an unknown caller has no one to record), and
 * carry nothing but the error. Every cell ends with the world put back.
 */
export async function runCell(backend: Backend, world: World, saved: SavedWorld, action: ActionName, actor: Actor, expected: Outcome): Promise<CellResult> {
  prepare(backend, world, actor);
  const before = fingerprints(backend);
  const refusals = { actorOpenid: OPENIDS[actor], allowed: false, action };
  const auditBefore = backend.emulator.db.count('auditLog', refusals);
  const reply = await callAs(backend, actor, action, inputFor(action, actor, world));
  const got = outcomeOf(reply);
  const problems: string[] = [];
  if (got !== 'Y' && got.length === 1) {
    const now = fingerprints(backend);
    const written = WATCHED.filter((c) => now[c] !== before[c]);
    if (written.length > 0) problems.push(`wrote to ${written.join(', ')}`);
    if (Object.keys(reply).sort().join() !== 'error,ok' || Object.keys(reply.ok ? {} : reply.error).some((k) => !REFUSAL_KEYS.includes(k))) {
      problems.push(`reply carries more than the error: ${JSON.stringify(reply)}`);
    }
    if (got === 'F') {
      if (backend.emulator.db.count('auditLog', refusals) <= auditBefore) problems.push('the refusal is not in the audit log');
    }
  }
  saved.restore();
  return { action, actor, expected, got, reply, problems };
}

/** Every cell of the matrix, row by row; `onCell` sees each result as it comes. */
export async function runMatrix(
  backend: Backend,
  world: World,
  rows: Record<ActionName, string>,
  onCell: (cell: CellResult) => void = () => undefined,
): Promise<CellResult[]> {
  const saved = new SavedWorld(backend);
  const results: CellResult[] = [];
  for (const [action, row] of Object.entries(rows) as [ActionName, string][]) {
    const expected = outcomesIn(row);
    for (const [i, actor] of ACTORS.entries()) {
      const cell = await runCell(backend, world, saved, action, actor, expected[i]);
      results.push(cell);
      onCell(cell);
    }
  }
  return results;
}

/** Cells the table expects refused (F, U or N) that the backend allowed: the figure that must stay 0. */
export const forbiddenAllowed = (cells: CellResult[]) => cells.filter((c) => c.expected !== 'Y' && c.got === 'Y').length;
