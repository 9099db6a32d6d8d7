import { startBackendForFile } from './harness';
import { approve, grantFamily, motherProfile, rid, signUp, subscribe } from './contract-fixtures';
import { SUBSCRIBE_TEMPLATES } from '../../shared/config/subscribe-templates';
import { withCheckChar } from '../../shared/resident/id-number';

const backend = startBackendForFile();

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
const SON = 'o-son-view-book';
const NIECE = 'o-niece-revoked';
const REVIEW = SUBSCRIBE_TEMPLATES.contractReviewResult;

describe('who hears about a contract, decided when the notice is sent', () => {
  let residentId: string;
  let contractId: string;
  beforeAll(async () => {
    residentId = await motherProfile(backend);
    await grantFamily(backend, DAUGHTER, MOTHER, ['view', 'sign']);
    await grantFamily(backend, SON, MOTHER, ['view', 'book']);
    await grantFamily(backend, NIECE, MOTHER, ['view', 'sign']);
    // The niece applies for her aunt while she may, and then the aunt takes her access away: the
    // application she signed is withdrawn with it, and the daughter applies instead.
    await signUp(backend, NIECE, residentId);
    const [g] = backend.emulator.db.find('guardianships', { guardianOpenid: NIECE, residentId });
    await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId: String(g._id) }, rid('revoke'));
    for (const openid of [MOTHER, DAUGHTER, NIECE]) await subscribe(backend, openid, [REVIEW]);
    contractId = (await signUp(backend, DAUGHTER, residentId)).id;
    await approve(backend, contractId);
  });

  it('tells the resident and every guardian whose consent covers signing', () => {
    for (const openid of [MOTHER, DAUGHTER]) {
      expect({ openid, notices: backend.emulator.db.count('notices', { openid, contractId, kind: 'approved' }) }).toEqual({ openid, notices: 1 });
      expect({ openid, messages: backend.emulator.db.count('outbox', { touser: openid, templateId: REVIEW }) }).toEqual({ openid, messages: 1 });
    }
  });

  it('tells no guardian whose scopes do not cover signing', () => {
    expect(backend.emulator.db.count('notices', { openid: SON, contractId })).toBe(0);
  });

  it('tells a revoked guardian nothing, although she signed an application for her aunt', () => {
    // She hears that her access ended (about herself), and nothing of her aunt's contracts.
    expect(backend.emulator.db.count('notices', { openid: NIECE, residentId, kind: { $nin: ['access_granted', 'access_revoked'] } })).toBe(0);
    expect(backend.emulator.db.count('notices', { openid: MOTHER, residentId, kind: 'signer_withdrawn' })).toBe(1);
    expect(backend.emulator.db.count('outbox', { touser: NIECE })).toBe(0);
  });
});

describe('the subscriptions the product counts', () => {
  const PERSON = 'o-resident-subscriber';
  const remaining = () => backend.emulator.db.find('subscriptions', { openid: PERSON })[0];

  it('counts each acceptance once, also when the report is retried', async () => {
    const requestId = rid('subscribe');
    const first = await backend.ok(PERSON, 'resident.recordSubscriptions', { accepted: ['renewalNotice', 'renewalNotice'] }, requestId);
    const again = await backend.ok(PERSON, 'resident.recordSubscriptions', { accepted: ['renewalNotice', 'renewalNotice'] }, requestId);
    expect(first.remaining).toEqual({ renewalNotice: 2 });
    expect(again.remaining).toEqual({ renewalNotice: 2 });
  });

  it('refuses an unknown template with a message for the screen, counting nothing', async () => {
    const reply = await backend.call(PERSON, 'resident.recordSubscriptions', { accepted: ['no-such-template'] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'accepted.0' } });
    expect(remaining()).toMatchObject({ remaining: 2 });
  });
});

describe('a contract message to someone WeChat has no subscription for', () => {
  it('records 43101, sets the count to zero and still leaves the in-app notice', async () => {
    const OWNER = 'o-resident-counted-only';
    const residentId = await motherProfile(backend, OWNER, { idNumber: withCheckChar('53011419460308072') });
    // The product was told of an acceptance that WeChat does not hold (e.g. spent from another device).
    await backend.ok(OWNER, 'resident.recordSubscriptions', { accepted: ['contractReviewResult'] }, rid('subscribe'));
    const contract = await signUp(backend, OWNER, residentId);
    await approve(backend, contract.id);
    expect(backend.emulator.db.count('outbox', { touser: OWNER })).toBe(0);
    expect(backend.emulator.db.find('subscriptions', { openid: OWNER })[0]).toMatchObject({ template: 'contractReviewResult', remaining: 0, lastErrcode: 43101 });
    expect(backend.emulator.db.count('notices', { openid: OWNER, contractId: contract.id })).toBe(1);
  });

  it('does not call WeChat at all when the product counts none left', async () => {
    const OWNER = 'o-resident-never-subscribed';
    const residentId = await motherProfile(backend, OWNER, { idNumber: withCheckChar('53011419460308074') });
    await fetch(`${backend.emulator.url}/__dev/wx/requestSubscribeMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': OWNER },
      body: JSON.stringify({ tmplIds: [REVIEW] }),
    });
    await approve(backend, (await signUp(backend, OWNER, residentId)).id);
    expect(backend.emulator.db.count('outbox', { touser: OWNER })).toBe(0);
    expect(backend.emulator.db.find('wxSubscribeQuota', { openid: OWNER })[0]).toMatchObject({ remaining: 1 });
  });
});
