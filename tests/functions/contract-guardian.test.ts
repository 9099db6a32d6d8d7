import { startBackendForFile } from './harness';
import { approve, code, daughterProfile, grantFamily, motherProfile, rid, SHILONGHU, SHILONGHU_GRID, signUp, STAFF } from './contract-fixtures';
import { ligl } from './resident-fixtures';
import { withCheckChar } from '../../shared/resident/id-number';

const backend = startBackendForFile();

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
const SON = 'o-son-view-only';

describe('family signing (家人代签) for a mother with her own WeChat account', () => {
  let residentId: string;
  beforeAll(async () => {
    residentId = await motherProfile(backend);
    await daughterProfile(backend);
    await grantFamily(backend, DAUGHTER, MOTHER, ['view', 'sign']);
    await grantFamily(backend, SON, MOTHER, ['view', 'book']);
  });

  it('refuses a son who may only view and book, naming the missing scope, and records the attempt', async () => {
    const reply = await backend.call(SON, 'contract.preview', { residentId, teamId: SHILONGHU, packageCodes: ['chronic'] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您没有“签约、续约和修改档案”的代管权限' } });
    const apply = await backend.call(SON, 'contract.apply', { residentId, teamId: SHILONGHU, packageCodes: ['chronic'], agreementHash: 'b'.repeat(64) });
    expect(code(apply)).toBe('FORBIDDEN');
    expect(backend.emulator.db.count('contracts', { residentId })).toBe(0);
    expect(backend.emulator.db.count('auditLog', { residentId, actorOpenid: SON, action: 'contract.apply', allowed: false })).toBe(1);
  });

  it('lets the daughter with the 签约 scope sign; the agreement says she signed for her mother', async () => {
    const input = { residentId, teamId: SHILONGHU, packageCodes: ['chronic' as const, 'home_visit' as const] };
    const preview = await backend.ok(DAUGHTER, 'contract.preview', input);
    expect(preview.text).toContain('签署方式：家人代签。由王敏（甲方的子女）依据甲方授权的“签约、续约和修改档案”代管权限代为签署');
    expect(preview.fees).toEqual({ totalYuan: 700, insuranceYuan: 120, selfPayYuan: 580 });
    const contract = await backend.ok(DAUGHTER, 'contract.apply', { ...input, agreementHash: preview.hash }, rid());
    expect(contract.signedBy).toEqual({ as: 'guardian', name: '王敏', relationLabel: '子女', label: '家人代签：王敏（子女）' });
    expect(contract.timeline[0].detail).toBe('王敏（子女）代为提交');

    const trail = await backend.ok(MOTHER, 'resident.auditTrail', { residentId });
    expect(trail.entries.some((e) => e.actionLabel === '提交签约申请' && e.actorLabel === '王敏（子女）' && e.allowed)).toBe(true);
  });

  it('lets the son follow the application but not act on it', async () => {
    const mine = await backend.ok(SON, 'contract.mine', { residentId });
    expect(mine).toMatchObject({ canSign: false, next: { status: 'pending_review' } });
    expect(code(await backend.call(SON, 'contract.cancel', { contractId: mine.next!.id, reason: '我来撤回' }))).toBe('FORBIDDEN');
    expect((await backend.ok(DAUGHTER, 'contract.mine', { residentId })).canSign).toBe(true);
  });

  it('tells both the mother and the daughter when the team approves', async () => {
    const { next } = await backend.ok(MOTHER, 'contract.mine', { residentId });
    await approve(backend, next!.id);
    for (const openid of [MOTHER, DAUGHTER]) {
      expect(backend.emulator.db.count('notices', { openid, kind: 'approved', contractId: next!.id })).toBe(1);
    }
    const overview = await backend.ok(DAUGHTER, 'contract.overview', {});
    const mother = overview.people.find((p) => p.residentId === residentId);
    expect(mother).toMatchObject({ self: false, relationLabel: '父母', current: { status: 'active' } });
    const agreement = await backend.ok(MOTHER, 'contract.agreement', { contractId: next!.id });
    expect(agreement.signedBy.label).toBe('家人代签：王敏（子女）');
  });

  it('stops the daughter once her consent has expired', async () => {
    const [g] = backend.emulator.db.find('guardianships', { guardianOpenid: DAUGHTER, residentId });
    const past = new Date(Date.now() - 86_400_000);
    backend.emulator.db.updateMany('guardianships', { _id: g._id }, { $set: { 'residentConsent.expiresAt': past } });
    const { current } = await backend.ok(MOTHER, 'contract.mine', { residentId });
    const reply = await backend.call(DAUGHTER, 'contract.cancel', { contractId: current!.id, reason: '代为解约' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('已过期') } });
  });
});

describe('family signing for a grandmother without WeChat, after the team checks her consent in person', () => {
  const GRANDSON = 'o-grandson';
  const idNumber = withCheckChar('53011419400705002');
  let residentId: string;
  let guardianshipId: string;

  beforeAll(async () => {
    const made = await backend.ok(GRANDSON, 'resident.createProfile', {
      ...ligl({ name: '普秀英', birthDate: '1940-07-05', idNumber, gridId: SHILONGHU_GRID, conditions: ['diabetes'] }),
      subject: 'relative',
      relation: 'grandparent',
      scopes: ['view', 'sign'],
    });
    guardianshipId = made.guardianship!.id;
    residentId = made.guardianship!.residentId;
  });

  it('refuses to sign before the consent is checked', async () => {
    const reply = await backend.call(GRANDSON, 'contract.preview', { residentId, teamId: SHILONGHU, packageCodes: [] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('代管授权还没有生效') } });
  });

  it('signs once the team has checked it, and the grandson hears the result', async () => {
    await backend.ok(STAFF, 'resident.verifyConsent', { guardianshipId, idNumber, approve: true, scopes: ['view', 'sign'] }, rid());
    const contract = await signUp(backend, GRANDSON, residentId, ['chronic']);
    expect(contract.signedBy).toMatchObject({ as: 'guardian', relationLabel: '孙子女/外孙子女' });
    await approve(backend, contract.id);
    expect(backend.emulator.db.count('notices', { openid: GRANDSON, kind: 'approved' })).toBe(1);
  });
});
