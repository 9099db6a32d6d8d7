import { startBackendForFile } from './harness';
import { approve, code, fireTimer, grantFamily, motherProfile, rid, signUp } from './contract-fixtures';

const backend = startBackendForFile();

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-consent-daughter';
const NEPHEW = 'o-consent-nephew';
const guardianshipOf = (openid: string, residentId: string) => String(backend.emulator.db.find('guardianships', { guardianOpenid: openid, residentId })[0]._id);
const notices = (openid: string, kind: string) => backend.emulator.db.count('notices', { openid, kind });

describe('an application signed by a guardian whose consent then ends', () => {
  let residentId: string;
  let applicationId: string;
  beforeAll(async () => {
    residentId = await motherProfile(backend, MOTHER);
    await grantFamily(backend, DAUGHTER, MOTHER, ['view', 'sign']);
    applicationId = (await signUp(backend, DAUGHTER, residentId, ['chronic'])).id;
  });

  it('is withdrawn when the resident revokes the consent, and the resident is told, not the former guardian', async () => {
    await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId: guardianshipOf(DAUGHTER, residentId) }, rid('revoke'));
    expect(backend.emulator.db.find('contracts', { _id: applicationId })[0]).toMatchObject({ status: 'withdrawn', ended: { by: 'system' } });
    expect(notices(MOTHER, 'signer_withdrawn')).toBe(1);
    expect(notices(DAUGHTER, 'signer_withdrawn')).toBe(0);
  });

  it('can then no longer be approved by the team', async () => {
    expect(code(await backend.call('o-staff-zhangyi', 'contract.review', { contractId: applicationId, decision: 'approve' }, rid('review')))).toBe('CONFLICT');
    expect(backend.emulator.db.find('contracts', { _id: applicationId })[0].status).toBe('withdrawn');
  });

  it('leaves the revoked guardian out of every later notice about the resident', async () => {
    const own = await signUp(backend, MOTHER, residentId, ['chronic']);
    await approve(backend, own.id);
    expect(notices(MOTHER, 'approved')).toBe(1);
    expect(backend.emulator.db.count('notices', { openid: DAUGHTER, residentId, kind: 'approved' })).toBe(0);
    expect(backend.emulator.db.count('outbox', { touser: DAUGHTER })).toBe(0);
  });
});

describe('a consent that runs out while the application waits', () => {
  it('has the application withdrawn by the nightly run, and the resident told', async () => {
    const SON_MOTHER = 'o-consent-mother-2';
    const residentId = (await backend.ok(SON_MOTHER, 'resident.createProfile', {
      subject: 'self', name: '赵秀兰', gender: 'female', birthDate: '1950-02-02', idNumber: '530114195002020022', phone: '13900002222', address: '昆明市呈贡区石龙湖社区5栋', gridId: 'cg-shilonghu-01',
    })).profile!.id;
    await grantFamily(backend, NEPHEW, SON_MOTHER, ['sign'], '530114195002020022', '赵秀兰');
    const app = await signUp(backend, NEPHEW, residentId, ['basic']);
    const past = new Date(Date.now() - 60_000);
    backend.emulator.db.updateMany('guardianships', { guardianOpenid: NEPHEW, residentId }, { $set: { 'residentConsent.expiresAt': past } });

    const run = await fireTimer(backend, 'expireContracts');
    expect(run).toMatchObject({ ok: true, data: { withdrawn: 1 } });
    expect(backend.emulator.db.find('contracts', { _id: app.id })[0].status).toBe('withdrawn');
    expect(notices(SON_MOTHER, 'signer_withdrawn')).toBe(1);
    expect(notices(NEPHEW, 'signer_withdrawn')).toBe(0);
    expect((await fireTimer(backend, 'expireContracts')).data).toMatchObject({ withdrawn: 0 });
  });
});
