import { startBackend, type Backend } from './harness';
import {
  addLuolongStaff, adultProfile, approve, code, endIn, fireTimer, LUOLONG, LUOLONG_STAFF, motherProfile, rid, SHILONGHU, signUp, STAFF, subscribe,
} from './contract-fixtures';
import { SUBSCRIBE_TEMPLATES } from '../../shared/config/subscribe-templates';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  addLuolongStaff(backend);
});
afterAll(() => backend.close());

const DAY = 86_400_000;

/** A resident with an approved 石龙湖 contract. */
async function signed(openid: string, profile: 'mother' | 'adult') {
  const residentId = profile === 'mother' ? await motherProfile(backend, openid) : await adultProfile(backend, openid);
  const applied = await signUp(backend, openid, residentId, profile === 'mother' ? ['chronic'] : []);
  return { residentId, contract: await approve(backend, applied.id) };
}

describe('switching team (换签)', () => {
  const OWNER = 'o-resident-ligl';
  let residentId: string;
  let oldId: string;
  beforeAll(async () => {
    ({ residentId, contract: { id: oldId } } = await signed(OWNER, 'mother'));
  });

  it('asks for a new team and a reason, while the old contract stays in effect', async () => {
    const input = { residentId, teamId: LUOLONG, packageCodes: ['chronic' as const], purpose: 'switch' as const, previousContractId: oldId };
    const same = await backend.call(OWNER, 'contract.preview', { ...input, teamId: SHILONGHU });
    expect(same).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'teamId' } });
    const newApply = await backend.call(OWNER, 'contract.preview', { residentId, teamId: LUOLONG, packageCodes: [] });
    expect(newApply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('如需更换团队请办理换签') } });

    const { hash, text } = await backend.ok(OWNER, 'contract.preview', input);
    expect(text).toContain('甲方与呈贡区石龙湖社区家庭医生团队的签约同时终止');
    const noReason = await backend.call(OWNER, 'contract.switchTeam', { contractId: oldId, teamId: LUOLONG, packageCodes: ['chronic'], reason: '', agreementHash: hash });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'reason' } });
    const pending = await backend.ok(OWNER, 'contract.switchTeam', { contractId: oldId, teamId: LUOLONG, packageCodes: ['chronic'], reason: '搬到洛龙社区女儿家住', agreementHash: hash }, rid());
    expect(pending).toMatchObject({ status: 'pending_review', purpose: 'switch', previousContractId: oldId, reason: '搬到洛龙社区女儿家住' });
    const mine = await backend.ok(OWNER, 'contract.mine', { residentId });
    expect(mine.current).toMatchObject({ id: oldId, status: 'active' });
    expect(mine.next).toMatchObject({ id: pending.id });
  });

  it('is reviewed by the new team only; on approval the old contract ends as switched and the new one starts the same day', async () => {
    const { items } = await backend.ok(LUOLONG_STAFF, 'contract.reviewQueue', {});
    expect(items).toHaveLength(1);
    expect(items[0].resident.currentTeamName).toBe('呈贡区石龙湖社区家庭医生团队');
    expect(code(await backend.call(STAFF, 'contract.review', { contractId: items[0].contract.id, decision: 'approve' }))).toBe('FORBIDDEN');

    const fresh = await approve(backend, items[0].contract.id, LUOLONG_STAFF);
    const old = await backend.ok(OWNER, 'contract.get', { contractId: oldId });
    expect(old).toMatchObject({ status: 'switched', ended: { reason: '换签到呈贡区洛龙社区家庭医生团队' } });
    expect(fresh.status).toBe('active');
    expect(new Date(fresh.period!.start).getTime()).toBe(new Date(old.ended!.at).getTime());
    const mine = await backend.ok(OWNER, 'contract.mine', { residentId });
    expect(mine.current!.team.id).toBe(LUOLONG);
    expect(mine.next).toBeNull();
    expect(mine.history.map((c) => c.id)).toContain(oldId);
  });
});

describe('renewal (续约) from 30 days before the end', () => {
  const OWNER = 'o-renewal-resident';
  let residentId: string;
  let contractId: string;
  beforeAll(async () => {
    ({ residentId, contract: { id: contractId } } = await signed(OWNER, 'adult'));
  });
  const renewInput = () => ({ residentId, teamId: SHILONGHU, packageCodes: ['tcm' as const], purpose: 'renew' as const, previousContractId: contractId });

  it('is not open 45 days before the end, and says from when', async () => {
    endIn(backend, contractId, 45);
    const early = await backend.call(OWNER, 'contract.preview', renewInput());
    expect(early).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', message: expect.stringMatching(/^到期前30天起才能续约，\d{4}年\d+月\d+日起可以办理$/) } });
    const { current } = await backend.ok(OWNER, 'contract.mine', { residentId });
    expect(current!.renewal).toMatchObject({ open: false, daysLeft: expect.any(Number) });
  });

  it('sends the 30-day notice once, however often the timer fires', async () => {
    endIn(backend, contractId, 20);
    await subscribe(backend, OWNER, [SUBSCRIBE_TEMPLATES.renewalNotice, SUBSCRIBE_TEMPLATES.renewalNotice]);
    const runs = await Promise.all([fireTimer(backend, 'renewalNotices'), fireTimer(backend, 'renewalNotices')]);
    expect(runs.map((r) => r.ok)).toEqual([true, true]);
    await fireTimer(backend, 'renewalNotices');
    const sent = backend.emulator.db.find('outbox', { touser: OWNER, templateId: SUBSCRIBE_TEMPLATES.renewalNotice });
    expect(sent).toHaveLength(1);
    expect(sent[0].page).toContain(contractId);
    expect(backend.emulator.db.count('notices', { openid: OWNER, kind: 'renewal_due' })).toBe(1);
  });

  it('renews with one tap once open; approved early, it starts the day after the old one ends', async () => {
    const { current } = await backend.ok(OWNER, 'contract.mine', { residentId });
    expect(current!.renewal).toMatchObject({ open: true });
    const { hash, text } = await backend.ok(OWNER, 'contract.preview', renewInput());
    expect(text).toContain('本协议为续约');
    const renewal = await backend.ok(OWNER, 'contract.renew', { contractId, teamId: SHILONGHU, packageCodes: ['tcm'], agreementHash: hash }, rid());
    expect(renewal).toMatchObject({ status: 'pending_review', purpose: 'renew' });
    const scheduled = await approve(backend, renewal.id);
    expect(scheduled.status).toBe('scheduled');
    const old = await backend.ok(OWNER, 'contract.get', { contractId });
    expect(new Date(scheduled.period!.start).getTime()).toBe(new Date(old.period!.end).getTime() + 1);
    const again = await backend.call(OWNER, 'contract.preview', renewInput());
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已续约') } });
  });

  it('on the night the old contract ends, closes it and puts the renewal into effect', async () => {
    const [renewal] = backend.emulator.db.find('contracts', { residentId, status: 'scheduled' });
    const past = new Date(Date.now() - 60_000);
    backend.emulator.db.updateMany('contracts', { _id: contractId }, { $set: { 'period.end': past } });
    backend.emulator.db.updateMany('contracts', { _id: renewal._id }, { $set: { 'period.start': new Date(past.getTime() + 1) } });
    const run = await fireTimer(backend, 'expireContracts');
    expect(run).toMatchObject({ ok: true, data: { expired: 1, started: 1 } });
    const mine = await backend.ok(OWNER, 'contract.mine', { residentId });
    expect(mine.current).toMatchObject({ id: renewal._id, status: 'active' });
    expect(mine.history.find((c) => c.id === contractId)).toMatchObject({ status: 'expired', ended: { reason: '服务期满' } });
    expect(backend.emulator.db.find('contractSlots', { residentId }).map((s) => s.contractId)).toEqual([renewal._id]);
    expect((await fireTimer(backend, 'expireContracts')).data).toEqual({ expired: 0, started: 0, withdrawn: 0 });
  });
});

describe('expiry and a renewal after it', () => {
  const OWNER = 'o-expiry-resident';
  let residentId: string;
  let contractId: string;
  beforeAll(async () => {
    ({ residentId, contract: { id: contractId } } = await signed(OWNER, 'adult'));
  });

  it('shows a contract past its last day as expired even before the timer, and the timer closes it and says so', async () => {
    endIn(backend, contractId, -1);
    expect((await backend.ok(OWNER, 'contract.get', { contractId })).status).toBe('expired');
    const run = await fireTimer(backend, 'expireContracts');
    expect(run.data.expired).toBeGreaterThanOrEqual(1);
    expect(backend.emulator.db.find('contracts', { _id: contractId })[0].status).toBe('expired');
    expect(backend.emulator.db.count('notices', { openid: OWNER, kind: 'expired' })).toBe(1);
    expect(backend.emulator.db.count('contractSlots', { residentId })).toBe(0);
  });

  it('can still be renewed afterwards; the renewal starts on approval', async () => {
    const input = { residentId, teamId: SHILONGHU, packageCodes: [], purpose: 'renew' as const, previousContractId: contractId };
    const { hash } = await backend.ok(OWNER, 'contract.preview', input);
    const renewal = await backend.ok(OWNER, 'contract.renew', { contractId, teamId: SHILONGHU, packageCodes: [], agreementHash: hash }, rid());
    const active = await approve(backend, renewal.id);
    expect(active.status).toBe('active');
    expect(Math.abs(new Date(active.period!.start).getTime() - Date.now())).toBeLessThan(DAY);
  });
});

describe('cancelling (解约) and withdrawing', () => {
  const OWNER = 'o-cancel-resident';
  let residentId: string;
  let contractId: string;
  beforeAll(async () => {
    ({ residentId, contract: { id: contractId } } = await signed(OWNER, 'adult'));
  });

  it('ends a contract in effect with the reason given, and frees the place for a new one', async () => {
    const noReason = await backend.call(OWNER, 'contract.cancel', { contractId, reason: ' ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'reason' } });
    const ended = await backend.ok(OWNER, 'contract.cancel', { contractId, reason: '长期去外地子女家居住' }, rid());
    expect(ended).toMatchObject({ status: 'cancelled', ended: { byLabel: '本人', reason: '长期去外地子女家居住' } });
    expect(ended.timeline.at(-1)).toMatchObject({ key: 'ended', title: '已解约' });
    expect(code(await backend.call(OWNER, 'contract.cancel', { contractId, reason: '再解约一次' }))).toBe('CONFLICT');
    expect(backend.emulator.db.count('contractSlots', { residentId })).toBe(0);
  });

  it('withdraws an application waiting for review', async () => {
    const applied = await signUp(backend, OWNER, residentId, []);
    const withdrawn = await backend.ok(OWNER, 'contract.cancel', { contractId: applied.id, reason: '填错了服务包' }, rid());
    expect(withdrawn.status).toBe('withdrawn');
    expect((await backend.ok(STAFF, 'contract.reviewQueue', {})).items.some((i) => i.contract.id === applied.id)).toBe(false);
  });

  it('lets no one else end it', async () => {
    const applied = await signUp(backend, OWNER, residentId, []);
    expect(code(await backend.call(STAFF, 'contract.cancel', { contractId: applied.id, reason: '团队代为撤回' }))).toBe('FORBIDDEN');
    expect(code(await backend.call('o-stranger', 'contract.cancel', { contractId: applied.id, reason: '恶意撤回' }))).toBe('FORBIDDEN');
  });
});
