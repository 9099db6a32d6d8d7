import { startBackend, type Backend, type Reply } from './harness';
import { addTestGrids, ALL_SCOPES, fullIdPattern, IDS, ligl, stranger, verifyIdentity } from './resident-fixtures';
import { COLLECTIONS } from '../../cloudfunctions/core/indexes';
import type { ActionName } from '../../shared/api';
import type { Scope } from '../../shared/policy/scopes';

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

const ACTORS = [
  'self',
  'guardian:view',
  'guardian:book',
  'guardian:sign',
  'guardian:reminders',
  'pending',
  'revoked',
  'expired',
  'other resident',
  'staff of her team',
  'staff of another team',
  'anonymous',
] as const;
type Actor = (typeof ACTORS)[number];

const OPENIDS: Record<Actor, string | null> = {
  self: MOTHER,
  'guardian:view': 'o-g-view',
  'guardian:book': 'o-g-book',
  'guardian:sign': 'o-g-sign',
  'guardian:reminders': 'o-g-reminders',
  pending: 'o-g-pending',
  revoked: 'o-g-revoked',
  expired: 'o-g-expired',
  'other resident': 'o-other-resident',
  'staff of her team': 'o-staff-zhangyi',
  'staff of another team': 'o-staff-yangli',
  anonymous: null,
};

// Y: past the policy; F: FORBIDDEN; U: UNAUTHENTICATED. Columns in the order of ACTORS.
const MATRIX: Partial<Record<ActionName, string>> = {
  //                            self view book sign rem  pend revk expd othr stf  stf2 anon
  'resident.getProfile':       'Y    Y    F    F    F    F    F    F    F    Y    F    U',
  'resident.updateProfile':    'Y    F    F    Y    F    F    F    F    F    Y    F    U',
  'resident.listGuardians':    'Y    F    F    F    F    F    F    F    F    Y    F    U',
  'resident.auditTrail':       'Y    F    F    F    F    F    F    F    F    F    F    U',
  'resident.respondToRequest': 'Y    F    F    F    F    F    F    F    F    F    F    U',
  'resident.revokeAccess':     'Y    Y    Y    Y    Y    Y    Y    Y    F    Y    F    U',
  'resident.verifyConsent':    'F    F    F    F    F    F    F    F    F    Y    F    U',
  'resident.renewConsent':     'Y    F    F    F    F    F    F    F    F    F    F    U',
};

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
  for (const [action, row] of Object.entries(MATRIX) as [ActionName, string][]) {
    const expected = row.split(/\s+/);
    describe(action, () => {
      ACTORS.forEach((actor, i) => {
        const want = expected[i];
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
