import { startBackendForFile } from './harness';
import { approve, code, motherProfile, rid, SHILONGHU, signUp, STAFF, OTHER_STAFF, subscribe } from './contract-fixtures';
import { SUBSCRIBE_TEMPLATES } from '../../shared/config/subscribe-templates';
import { stranger } from './resident-fixtures';

const backend = startBackendForFile();

const MOTHER = 'o-resident-ligl';

describe('signing with the 石龙湖 team: packages, agreement, review', () => {
  let residentId: string;
  beforeAll(async () => {
    residentId = await motherProfile(backend);
  });

  it('offers the basic package free and checks each personalised package against her profile', async () => {
    const { team, packages } = await backend.ok(MOTHER, 'contract.packages', { teamId: SHILONGHU, residentId });
    expect(team.name).toBe('呈贡区石龙湖社区家庭医生团队');
    const byCode = Object.fromEntries(packages.map((p) => [p.code, p]));
    expect(byCode.basic).toMatchObject({ required: true, feeYuan: 0, eligible: true });
    expect(byCode.chronic).toMatchObject({ eligible: true, basis: '已登记：高血压', feeYuan: 200, insuranceYuan: 60, selfPayYuan: 140 });
    expect(byCode.home_visit).toMatchObject({ eligible: true, basis: '80岁' });
    expect(byCode.maternal_child).toMatchObject({ eligible: false, reason: '仅适用于孕产妇和0-6岁儿童' });
  });

  it('lets anyone browse a team’s packages without a person, with no eligibility', async () => {
    const { packages } = await backend.ok('o-someone-browsing', 'contract.packages', { teamId: SHILONGHU });
    expect(packages.every((p) => p.eligible === null)).toBe(true);
  });

  it('submits basic + 慢病管理包 for review with the agreement she read, signed by herself', async () => {
    const preview = await backend.ok(MOTHER, 'contract.preview', { residentId, teamId: SHILONGHU, packageCodes: ['chronic'] });
    expect(preview.packageCodes).toEqual(['basic', 'chronic']);
    expect(preview.fees).toEqual({ totalYuan: 200, insuranceYuan: 60, selfPayYuan: 140 });
    expect(preview.text).toContain('甲方（签约居民）：李桂兰');
    expect(preview.text).toContain('慢病管理包（个性化服务包，200元/年）');
    expect(preview.text).toContain('签署方式：甲方本人在线签署');

    const contract = await backend.ok(MOTHER, 'contract.apply', { residentId, teamId: SHILONGHU, packageCodes: ['chronic'], agreementHash: preview.hash }, rid());
    expect(contract).toMatchObject({ status: 'pending_review', purpose: 'new', period: null, signedBy: { as: 'self', label: '本人签署' } });
    expect(contract.agreement.hash).toBe(preview.hash);
    expect(contract.timeline.map((s) => [s.key, s.state])).toEqual([['submitted', 'done'], ['review', 'current']]);
  });

  it('shows the application to her team with a masked summary, and to no other team', async () => {
    const queue = await backend.ok(STAFF, 'contract.reviewQueue', {});
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0].resident).toMatchObject({ name: '李*兰', age: expect.any(Number), conditions: ['高血压'] });
    expect(queue.items[0].resident.packageChecks).toEqual([
      expect.objectContaining({ code: 'basic', eligible: true }),
      expect.objectContaining({ code: 'chronic', eligible: true, note: '已登记：高血压' }),
    ]);
    expect(JSON.stringify(queue)).not.toMatch(/\d{17}[\dX]/);
    const other = await backend.ok(OTHER_STAFF, 'contract.reviewQueue', {});
    expect(other.items).toHaveLength(0);
    const id = queue.items[0].contract.id;
    expect(code(await backend.call(OTHER_STAFF, 'contract.review', { contractId: id, decision: 'approve' }))).toBe('FORBIDDEN');
    expect(code(await backend.call(MOTHER, 'contract.review', { contractId: id, decision: 'approve' }))).toBe('FORBIDDEN');
  });

  it('is approved for one year from today, and she is told in the app and by WeChat message', async () => {
    await subscribe(backend, MOTHER, [SUBSCRIBE_TEMPLATES.contractReviewResult]);
    const { items } = await backend.ok(STAFF, 'contract.reviewQueue', {});
    const active = await approve(backend, items[0].contract.id);
    expect(active.status).toBe('active');
    const start = new Date(active.period!.start);
    const end = new Date(active.period!.end);
    expect(Math.round((end.getTime() - start.getTime()) / 86_400_000)).toBeGreaterThanOrEqual(364);
    expect(active.review).toMatchObject({ decision: 'approve', reviewerLabel: '张毅（呈贡区石龙湖社区家庭医生团队）' });

    const outbox = backend.emulator.db.find('outbox', { touser: MOTHER });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ templateId: SUBSCRIBE_TEMPLATES.contractReviewResult, data: { phrase2: { value: '已通过' } } });
    const overview = await backend.ok(MOTHER, 'contract.overview', {});
    expect(overview.notices[0]).toMatchObject({ kind: 'approved', title: '家庭医生签约申请已通过' });
    expect(overview.people[0].current).toMatchObject({ id: active.id, status: 'active' });
  });

  it('keeps the signed agreement word for word, rereadable later', async () => {
    const { current } = await backend.ok(MOTHER, 'contract.mine', { residentId });
    const agreement = await backend.ok(MOTHER, 'contract.agreement', { contractId: current!.id });
    expect(agreement).toMatchObject({ residentId, intact: true, hash: current!.agreement.hash, templateVersion: '2026.2', signedBy: { as: 'self' } });
    expect(agreement.sections[0].heading).toBe('一、协议双方');
    const [stored] = backend.emulator.db.find('contracts', { _id: current!.id });
    expect(stored.agreement).toMatchObject({ templateVersion: '2026.2', values: { signer: { as: 'self', name: '李桂兰' }, fees: { selfPayYuan: 140 } } });
  });

  it('says so when the stored text no longer matches what was signed', async () => {
    const { current } = await backend.ok(MOTHER, 'contract.mine', { residentId });
    const [stored] = backend.emulator.db.find('contracts', { _id: current!.id });
    const altered = String((stored.agreement as { text: string }).text).replace('140元', '14元');
    backend.emulator.db.updateMany('contracts', { _id: current!.id }, { $set: { 'agreement.text': altered } });
    expect((await backend.ok(MOTHER, 'contract.agreement', { contractId: current!.id })).intact).toBe(false);
    backend.emulator.db.updateMany('contracts', { _id: current!.id }, { $set: { 'agreement.text': (stored.agreement as { text: string }).text } });
  });
});

describe('what signing refuses', () => {
  const OWNER = 'o-contract-refusals';
  let residentId: string;
  beforeAll(async () => {
    residentId = (await backend.ok(OWNER, 'resident.createProfile', stranger())).profile!.id;
  });

  it('will not add a package the person does not qualify for, and says why', async () => {
    const preview = await backend.call(OWNER, 'contract.preview', { residentId, teamId: SHILONGHU, packageCodes: ['chronic'] });
    expect(preview).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', field: 'packageCodes', message: '“慢病管理包”需有慢性病记录。如已确诊，请先在健康档案中登记' } });
  });

  it('will not sign a text other than the one read', async () => {
    const reply = await backend.call(OWNER, 'contract.apply', { residentId, teamId: SHILONGHU, packageCodes: ['tcm'], agreementHash: 'a'.repeat(64) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'agreementHash' } });
    expect(backend.emulator.db.count('contracts', { residentId })).toBe(0);
    expect(backend.emulator.db.count('contractSlots', { residentId })).toBe(0);
  });

  it('answers a retried request with the first application and stores one', async () => {
    const requestId = rid('retry');
    const input = { residentId, teamId: SHILONGHU, packageCodes: ['tcm' as const] };
    const { hash } = await backend.ok(OWNER, 'contract.preview', input);
    const first = await backend.ok(OWNER, 'contract.apply', { ...input, agreementHash: hash }, requestId);
    const again = await backend.ok(OWNER, 'contract.apply', { ...input, agreementHash: hash }, requestId);
    expect(again.id).toBe(first.id);
    expect(backend.emulator.db.count('contracts', { residentId })).toBe(1);
  });

  it('turns down a second application while one waits, naming the team', async () => {
    const reply = await backend.call(OWNER, 'contract.preview', { residentId, teamId: SHILONGHU, packageCodes: [] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('正在等待呈贡区石龙湖社区家庭医生团队审核') } });
  });

  it('lets the team turn it down only with a reason, which the resident then reads', async () => {
    const { next } = await backend.ok(OWNER, 'contract.mine', { residentId });
    const noReason = await backend.call(STAFF, 'contract.review', { contractId: next!.id, decision: 'reject' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'reason' } });
    const rejected = await backend.ok(STAFF, 'contract.review', { contractId: next!.id, decision: 'reject', reason: '不在本团队服务网格内，请与吴家营团队签约' }, rid());
    expect(rejected).toMatchObject({ status: 'rejected', review: { decision: 'reject', reason: '不在本团队服务网格内，请与吴家营团队签约' } });
    expect(rejected.timeline.map((s) => s.state)).toEqual(['done', 'failed']);
    const again = await backend.call(STAFF, 'contract.review', { contractId: next!.id, decision: 'approve' });
    expect(code(again)).toBe('CONFLICT');
    const overview = await backend.ok(OWNER, 'contract.overview', {});
    expect(overview.notices[0]).toMatchObject({ kind: 'rejected', body: expect.stringContaining('不在本团队服务网格内') });
    // No quota: told in the app only.
    expect(backend.emulator.db.count('outbox', { touser: OWNER })).toBe(0);
  });

  it('frees the place after a refusal, so a new application can be made', async () => {
    const contract = await signUp(backend, OWNER, residentId, []);
    expect(contract.status).toBe('pending_review');
  });

  it('refuses anyone unrelated, and records the attempt', async () => {
    const reply = await backend.call('o-stranger', 'contract.mine', { residentId });
    expect(code(reply)).toBe('FORBIDDEN');
    expect(backend.emulator.db.count('auditLog', { residentId, actorOpenid: 'o-stranger', allowed: false })).toBe(1);
  });
});
