import { startBackend, type Backend } from './harness';
import { ACTIONS, type ActionName } from '../../shared/api';
import { ACTORS, MATRIX, outcomesIn, type Actor } from './security/authorization-matrix';
import { buildWorld, MOTHER, OPENIDS, type World } from './security/matrix-world';
import { runCell, SavedWorld, type CellResult } from './security/matrix-cells';
import { leaks, type Person, type Seen } from './security/pii-scan';

/**
 * Every action of the registry x every kind of caller, through the real SDK and function gateway, on
 * one world built once (each cell puts back what an allowed call changed). A refused call answers
 * FORBIDDEN (or UNAUTHENTICATED, NOT_FOUND), writes nothing but its audit entry, is audited, and
 * carries nothing but the error. Every reply and every function log line of the run is then scanned
 * for what it must not give away.
 */
let backend: Backend;
let world: World;
let saved: SavedWorld;
const cells: CellResult[] = [];
const logs: string[] = [];

beforeAll(async () => {
  // With the production write limits: no caller makes more than one call of an action here.
  backend = await startBackend({ writeLimits: true });
  world = await buildWorld(backend);
  saved = new SavedWorld(backend);
  jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' ')));
});
afterAll(async () => {
  jest.restoreAllMocks();
  await backend.close();
});

describe('the authorization matrix', () => {
  it('has one row for every action of the registry, with one outcome per kind of caller', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(ACTIONS).sort());
    for (const [action, row] of Object.entries(MATRIX)) expect({ action, cells: outcomesIn(row).length }).toEqual({ action, cells: ACTORS.length });
  });

  for (const [action, row] of Object.entries(MATRIX) as [ActionName, string][]) {
    it(`${action}: ${row.replace(/\s+/g, '')}`, async () => {
      const expected = outcomesIn(row);
      const results: CellResult[] = [];
      for (const [i, actor] of ACTORS.entries()) results.push(await runCell(backend, world, saved, action, actor, expected[i]));
      cells.push(...results);
      const wrong = results.filter((c) => c.got !== c.expected || c.problems.length > 0).map((c) => ({ actor: c.actor, expected: c.expected, got: c.got, problems: c.problems, reply: c.reply }));
      expect(wrong).toEqual([]);
    });
  }
});

describe('no reply and no log line gives away what its reader may not see', () => {
  it('carries no full ID number, no phone number of someone the caller may not read, no openid of anyone else', () => {
    expect(cells.length).toBe(Object.keys(ACTIONS).length * ACTORS.length);
    const readers = (who: string) => new Set(ACTORS.filter((a, i) => outcomesIn(MATRIX['resident.getProfile'])[i] === 'Y').map((a) => OPENIDS[a]).filter((o): o is string => o !== null && o !== who));
    const people: Person[] = [
      { openid: MOTHER, phone: '13987650001', mayReadPhone: readers(MOTHER) },
      { openid: OPENIDS['other resident']!, phone: '13987650003', mayReadPhone: new Set() },
      ...[...new Set(Object.values(OPENIDS))].filter((o): o is string => o !== null && o !== MOTHER && o !== OPENIDS['other resident']).map((openid) => ({ openid, phone: null, mayReadPhone: new Set<string>() })),
    ];
    const seen: Seen[] = [
      ...cells.map((c) => ({ caller: OPENIDS[c.actor as Actor], what: `${c.action} as ${c.actor}`, text: JSON.stringify(c.reply) })),
      ...logs.map((text, i) => ({ caller: null, what: `log line ${i}`, text })),
    ];
    // The scan sees real data: her phone number reaches those who may read her profile.
    expect(seen.filter((s) => s.caller === OPENIDS['staff of her team'] && s.text.includes('13987650001')).length).toBeGreaterThan(0);
    expect(leaks(seen, people)).toEqual([]);
  });
});
