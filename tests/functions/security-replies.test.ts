import { startBackendForFile } from './harness';
import { approve, code, endIn, grantFamily, motherProfile, rid, SHILONGHU, signUp, STAFF } from './contract-fixtures';

const backend = startBackendForFile();

const MOTHER = 'o-resident-ligl';
const SIGNER = 'o-signer-only-son';
const VIEWER = 'o-viewer-daughter';
const HEALTH_FIELDS = ['phone', 'address', 'conditions', 'pregnancy', 'disability', 'livesAlone', 'riskFactors', 'classification', 'birthDate', 'idNumberMasked'];

describe('a guardian who may sign but not view', () => {
  let residentId: string;
  beforeAll(async () => {
    residentId = await motherProfile(backend, MOTHER);
    await grantFamily(backend, SIGNER, MOTHER, ['sign']);
  });

  it('learns nothing of the profile by "changing" it with no changes', async () => {
    const reply = await backend.ok(SIGNER, 'resident.updateProfile', { residentId });
    expect(reply).toEqual({ id: residentId, saved: true, viewer: { as: 'guardian', scopes: ['sign'] }, updatedAt: expect.any(String) });
    for (const field of HEALTH_FIELDS) expect(reply).not.toHaveProperty(field);
  });

  it('still cannot read it directly', async () => {
    expect(code(await backend.call(SIGNER, 'resident.getProfile', { residentId }))).toBe('FORBIDDEN');
  });

  it('gets the same receipt when changing the phone, while the change is made', async () => {
    const reply = await backend.ok(SIGNER, 'resident.updateProfile', { residentId, phone: '13900000077' }, rid());
    expect(reply).not.toHaveProperty('phone');
    expect(backend.emulator.db.find('residents', { _id: residentId })[0].phone).toBe('13900000077');
  });
});

describe('the exact birth date', () => {
  let residentId: string;
  beforeAll(async () => {
    residentId = (await backend.ok(MOTHER, 'resident.listMine', {})).self!.id;
    await grantFamily(backend, VIEWER, MOTHER, ['view']);
  });

  it('is shown to the resident herself only; family with view and her team see her age', async () => {
    expect(await backend.ok(MOTHER, 'resident.getProfile', { residentId })).toMatchObject({ birthDate: '1946-03-08', age: expect.any(Number) });
    for (const who of [VIEWER, STAFF]) {
      const profile = await backend.ok(who, 'resident.getProfile', { residentId });
      expect(profile.birthDate).toBeNull();
      expect(profile.age).toBeGreaterThanOrEqual(80);
    }
  });
});

describe('a replayed request', () => {
  const SIGNING_SON = 'o-replay-son';
  let residentId: string;
  let requestId: string;
  let contractId: string;
  let hash: string;
  beforeAll(async () => {
    residentId = (await backend.ok(MOTHER, 'resident.listMine', {})).self!.id;
    await grantFamily(backend, SIGNING_SON, MOTHER, ['view', 'sign']);
    requestId = rid('apply');
    const input = { residentId, teamId: SHILONGHU, packageCodes: ['chronic' as const] };
    hash = (await backend.ok(SIGNING_SON, 'contract.preview', input)).hash;
    contractId = (await backend.ok(SIGNING_SON, 'contract.apply', { ...input, agreementHash: hash }, requestId)).id;
  });

  const applyAgain = (agreementHash: string) =>
    backend.call(SIGNING_SON, 'contract.apply', { residentId, teamId: SHILONGHU, packageCodes: ['chronic'], agreementHash }, requestId);

  it('returns the first result to the same caller with the same input, writing nothing new', async () => {
    const again = await applyAgain(hash);
    expect(again).toMatchObject({ ok: true, data: { id: contractId } });
    expect(backend.emulator.db.count('contracts', { residentId })).toBe(1);
  });

  it('with another input under a used requestId is CONFLICT and writes nothing', async () => {
    const before = backend.emulator.db.count('contracts', {});
    expect(code(await applyAgain('f'.repeat(64)))).toBe('CONFLICT');
    const otherPhone = await backend.call(MOTHER, 'resident.updateProfile', { residentId, phone: '13900000088' }, 'replay-phone-1');
    expect(code(otherPhone)).toBe('OK');
    expect(code(await backend.call(MOTHER, 'resident.updateProfile', { residentId, phone: '13900000099' }, 'replay-phone-1'))).toBe('CONFLICT');
    expect(backend.emulator.db.find('residents', { _id: residentId })[0].phone).toBe('13900000088');
    expect(backend.emulator.db.count('contracts', {})).toBe(before);
  });

  it('is refused to a guardian whose access was revoked since, showing nothing of the contract', async () => {
    const [g] = backend.emulator.db.find('guardianships', { guardianOpenid: SIGNING_SON, residentId });
    await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId: String(g._id) }, rid('revoke'));
    const replay = await applyAgain(hash);
    expect(replay).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(replay)).not.toContain(contractId);
  });

  it('of a renewal with another input is CONFLICT too', async () => {
    // The son's application went with his access; the mother signs herself.
    expect(backend.emulator.db.find('contracts', { _id: contractId })[0].status).toBe('withdrawn');
    const own = await signUp(backend, MOTHER, residentId, ['chronic']);
    const contract = await approve(backend, own.id);
    endIn(backend, contract.id, 20);
    const renewal = { contractId: contract.id, teamId: SHILONGHU, packageCodes: [] as 'tcm'[] };
    const { hash: renewHash } = await backend.ok(MOTHER, 'contract.preview', { residentId, teamId: SHILONGHU, packageCodes: [], purpose: 'renew', previousContractId: contract.id });
    const renewId = rid('renew');
    await backend.ok(MOTHER, 'contract.renew', { ...renewal, agreementHash: renewHash }, renewId);
    const count = backend.emulator.db.count('contracts', { residentId });
    expect(code(await backend.call(MOTHER, 'contract.renew', { ...renewal, packageCodes: ['tcm'], agreementHash: renewHash }, renewId))).toBe('CONFLICT');
    expect(backend.emulator.db.count('contracts', { residentId })).toBe(count);
  });
});
