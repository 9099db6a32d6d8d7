import { startBackend, type Backend, type Reply } from './harness';
import { addTestGrids, ALL_SCOPES, fullIdPattern, IDS, ligl, stranger, verifyIdentity } from './resident-fixtures';
import { COLLECTIONS } from '../../cloudfunctions/core/indexes';
import type { ActionName } from '../../shared/api';
import type { Scope } from '../../shared/policy/scopes';
import { ACTORS as EVERY_ACTOR, MATRIX, outcomesIn, type Actor } from './security/authorization-matrix';
import { OPENIDS as WORLD_OPENIDS } from './security/matrix-world';
import { SIMAO_STAFF } from './sojourn-fixtures';

/**
 * Every action on a resident, tried by every kind of caller against 李桂兰's profile through the real
 * SDK: allowed callers get past the policy (the action may still refuse for other reasons, such as a
 * request already answered), refused ones get FORBIDDEN, an audit entry and no other write.
 */
let backend: Backend;
const replies: unknown[] = [];
const MOTHER = 'o-resident-ligl';
let residentId: string;
/** Each actor's own guardianship of 李桂兰. */
const held: Record<string, string> = {};

/** Every caller of the full authorization matrix but those its world alone has (a refused request, her stay, a server). */
const ACTORS = EVERY_ACTOR.filter((a) => !['refused', 'sojourn staff, stay on', 'sojourn staff, stay over', 'server'].includes(a));
/** As in the full matrix, but the other team's staff member is the 思茅 sojourn team's: she has no stay here. */
const OPENIDS: Record<Actor, string | null> = { ...WORLD_OPENIDS, 'staff of another team': SIMAO_STAFF };

/** The actions on her record and her family's access to it, each expected as its row of the full matrix says. */
const ACTIONS: ActionName[] = [
  'resident.getProfile',
  'resident.updateProfile',
  'resident.listGuardians',
  'resident.auditTrail',
  'resident.respondToRequest',
  'resident.revokeAccess',
  'resident.verifyConsent',
  'resident.renewConsent',
];
/** Y: past the policy; F: FORBIDDEN; U: UNAUTHENTICATED. */
const expectedOf = (action: ActionName, actor: Actor): string => outcomesIn(MATRIX[action])[EVERY_ACTOR.indexOf(actor)];

/** The input of `action` for `actor`: actions on a guardianship use the actor's own, else guardian:view's. */
function inputFor(action: ActionName, actor: Actor): Record<string, unknown> {
  const guardianshipId = held[actor] ?? held['guardian:view'];
  switch (action) {
    case 'resident.updateProfile':
      return { residentId, address: '昆明市呈贡区洛龙街道石龙湖社区3栋2单元' };
    case 'resident.respondToRequest':
      return { guardianshipId, accept: false };
    case 'resident.revokeAccess':
      return { guardianshipId };
    case 'resident.verifyConsent':
      return { guardianshipId, idNumber: IDS.ligl, approve: true, scopes: ['view'] };
    case 'resident.renewConsent':
      return { guardianshipId, scopes: ['view'] };
    default:
      return { residentId };
  }
}

const dump = (coll: string) => JSON.stringify(backend.emulator.db.find(coll, {}, { sort: { _id: 1 } }));
const snapshot = () => Object.fromEntries(COLLECTIONS.filter((c) => c !== 'auditLog').map((c) => [c, dump(c)]));

/** Puts every collection but the audit log back as it was, so each cell starts from the same state. */
function restore(saved: Record<string, string>): void {
  for (const [coll, json] of Object.entries(saved)) {
    if (dump(coll) === json) continue;
    backend.emulator.db.removeMany(coll, {});
    const docs = JSON.parse(json, (_k, v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) ? new Date(v) : v));
    if (docs.length > 0) backend.emulator.db.insert(coll, docs);
  }
}

async function call(openid: string | null, action: ActionName, input: unknown): Promise<Reply<unknown>> {
  const reply = await backend.call(openid, action, input);
  replies.push(reply);
  return reply;
}

async function guardianWith(openid: string, scopes: Scope[], answer: 'accept' | 'none'): Promise<string> {
  const g = await backend.ok(openid, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes });
  replies.push(g);
  if (answer === 'accept') replies.push(await backend.ok(MOTHER, 'resident.respondToRequest', { guardianshipId: g.id, accept: true, scopes }));
  return g.id;
}

beforeAll(async () => {
  backend = await startBackend();
  addTestGrids(backend);
  residentId = (await backend.ok(MOTHER, 'resident.createProfile', ligl())).profile!.id;
  await verifyIdentity(backend, MOTHER, { name: '李桂兰', idNumber: IDS.ligl });
  await backend.ok('o-other-resident', 'resident.createProfile', stranger());
  for (const scope of ALL_SCOPES) held[`guardian:${scope}`] = await guardianWith(`o-g-${scope}`, [scope], 'accept');
  held.pending = await guardianWith('o-g-pending', ALL_SCOPES, 'none');
  held.revoked = await guardianWith('o-g-revoked', ALL_SCOPES, 'accept');
  await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId: held.revoked });
  held.expired = await guardianWith('o-g-expired', ALL_SCOPES, 'accept');
  const past = new Date(Date.now() - 400 * 86_400_000);
  backend.emulator.db.updateMany('guardianships', { _id: held.expired }, {
    $set: { 'residentConsent.at': past, 'residentConsent.expiresAt': new Date(past.getTime() + 365 * 86_400_000) },
  });
});
afterAll(() => backend.close());

describe('every action on a resident x every caller', () => {
  for (const action of ACTIONS) {
    describe(action, () => {
      ACTORS.forEach((actor) => {
        const want = expectedOf(action, actor);
        const verb = want === 'Y' ? 'is allowed' : want === 'F' ? 'is FORBIDDEN, audited, and writes nothing else' : 'is UNAUTHENTICATED and writes nothing';
        it(`${actor} ${verb}`, async () => {
          const saved = snapshot();
          const auditBefore = backend.emulator.db.count('auditLog', {});
          const openid = OPENIDS[actor];
          const reply = await call(openid, action, inputFor(action, actor));
          const got = reply.ok ? 'Y' : reply.error.code === 'FORBIDDEN' ? 'F' : reply.error.code === 'UNAUTHENTICATED' ? 'U' : 'Y';
          expect({ actor, action, result: got, reply: got === want ? undefined : reply }).toEqual({ actor, action, result: want, reply: undefined });
          if (want === 'Y') {
            // Past the policy, an action may still refuse on the state of things (a request already answered).
            expect(reply.ok ? 'OK' : reply.error.code).toMatch(/^(OK|CONFLICT|NOT_ELIGIBLE)$/);
            restore(saved);
            return;
          }
          expect(snapshot()).toEqual(saved);
          const audit = backend.emulator.db.find('auditLog', {}, { sort: { at: 1 } });
          if (want === 'U') {
            expect(audit).toHaveLength(auditBefore);
            return;
          }
          expect(audit).toHaveLength(auditBefore + 1);
          expect(audit[audit.length - 1]).toMatchObject({ residentId, actorOpenid: openid, action, allowed: false });
        });
      });
    });
  }
});

describe('actions on the caller’s own data', () => {
  it('are open to any signed-in caller, staff-only lists to staff, and nothing to anonymous callers', async () => {
    for (const actor of ACTORS) {
      const openid = OPENIDS[actor];
      for (const action of ['resident.me', 'resident.listMine'] as const) {
        const reply = await call(openid, action, {});
        expect({ actor, action, code: reply.ok ? 'OK' : reply.error.code }).toEqual({ actor, action, code: openid ? 'OK' : 'UNAUTHENTICATED' });
      }
      const staffList = await call(openid, 'resident.pendingConsents', {});
      const staffCode = !openid ? 'UNAUTHENTICATED' : openid.startsWith('o-staff-') ? 'OK' : 'FORBIDDEN';
      expect({ actor, code: staffList.ok ? 'OK' : staffList.error.code }).toEqual({ actor, code: staffCode });
    }
    for (const action of ['resident.createProfile', 'resident.requestAccess'] as const) {
      expect(await call(null, action, action === 'resident.createProfile' ? ligl() : { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes: ['view'] }))
        .toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });
});

describe('masking', () => {
  it('never puts a full ID number in any reply of any action', () => {
    expect(replies.length).toBeGreaterThan(100);
    const pattern = fullIdPattern();
    for (const reply of replies) expect(JSON.stringify(reply)).not.toMatch(pattern);
    const shown = replies.filter((r) => JSON.stringify(r).includes('**********'));
    expect(shown.length).toBeGreaterThan(0);
  });

  it('keeps full ID numbers out of every stored collection', () => {
    const pattern = fullIdPattern();
    for (const coll of COLLECTIONS) expect({ coll, leaks: pattern.test(dump(coll)) }).toEqual({ coll, leaks: false });
  });
});
