import { startBackendForFile } from './harness';
import { adultProfile, code, motherProfile, rid, signUp, STAFF, OTHER_STAFF } from './contract-fixtures';

const backend = startBackendForFile();

const MOTHER = 'o-resident-ligl';
const NEIGHBOUR = 'o-review-history-neighbour';

describe('what the reviewer sees and what the team has decided', () => {
  let motherContract: string;
  let neighbourContract: string;
  beforeAll(async () => {
    const residentId = await motherProfile(backend, MOTHER, { riskFactors: ['inactive'] });
    motherContract = (await signUp(backend, MOTHER, residentId, ['basic', 'chronic'])).id;
    const neighbourId = await adultProfile(backend, NEIGHBOUR, { gridId: 'cg-shilonghu-01' });
    neighbourContract = (await signUp(backend, NEIGHBOUR, neighbourId)).id;
  });

  it('shows the reviewer the phone number, living alone and the risk level and factors of each applicant', async () => {
    const { items } = await backend.ok(STAFF, 'contract.reviewQueue', {});
    const mother = items.find((i) => i.contract.id === motherContract)!.resident;
    expect(mother).toMatchObject({ name: '李*兰', phone: '13987650001', livesAlone: true, elderlyRisk: expect.stringMatching(/^(red|yellow|green)$/), riskFactors: ['缺少运动'] });
    const neighbour = items.find((i) => i.contract.id === neighbourContract)!.resident;
    expect(neighbour).toMatchObject({ livesAlone: false, elderlyRisk: null, riskFactors: [] });
  });

  it('lists approved and turned-down applications newest first, with who decided, when and why', async () => {
    expect((await backend.ok(STAFF, 'contract.reviewHistory', {})).items).toEqual([]);
    await backend.ok(STAFF, 'contract.review', { contractId: motherContract, decision: 'approve' }, rid('review'));
    const reason = '住址不在本团队的服务网格内，请选择负责您住址的团队';
    await backend.ok(STAFF, 'contract.review', { contractId: neighbourContract, decision: 'reject', reason }, rid('review'));

    const history = await backend.ok(STAFF, 'contract.reviewHistory', {});
    expect(history.team.name).toBe('呈贡区石龙湖社区家庭医生团队');
    expect(history.items.map((i) => [i.contractId, i.decision])).toEqual([[neighbourContract, 'reject'], [motherContract, 'approve']]);
    expect(history.items[0]).toMatchObject({ name: '周*华', reason, reviewerLabel: '张毅（呈贡区石龙湖社区家庭医生团队）', purpose: 'new', packages: ['基础包'] });
    expect(history.items[1]).toMatchObject({ name: '李*兰', reason: null, packages: ['基础包', '慢病管理包'] });
    expect(new Date(history.items[0].reviewedAt).getTime()).toBeGreaterThanOrEqual(new Date(history.items[1].reviewedAt).getTime());
    expect(history.next).toBeNull();
    expect(JSON.stringify(history)).not.toMatch(/李桂兰|周建华|\d{17}[\dX]/);
  });

  it('pages through the history with the cursor it gives', async () => {
    const first = await backend.ok(STAFF, 'contract.reviewHistory', { limit: 1 });
    expect(first.items.map((i) => i.contractId)).toEqual([neighbourContract]);
    expect(first.next).toBe(first.items[0].reviewedAt);
    const second = await backend.ok(STAFF, 'contract.reviewHistory', { limit: 1, before: first.next! });
    expect(second.items.map((i) => i.contractId)).toEqual([motherContract]);
  });

  it('shows another team only its own decisions, and refuses residents and anonymous callers', async () => {
    expect((await backend.ok(OTHER_STAFF, 'contract.reviewHistory', {})).items).toEqual([]);
    expect(code(await backend.call(MOTHER, 'contract.reviewHistory', {}))).toBe('FORBIDDEN');
    expect(code(await backend.call(null, 'contract.reviewHistory', {}))).toBe('UNAUTHENTICATED');
    expect(await backend.call(STAFF, 'contract.reviewHistory', { limit: 500 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '一次最多查看50条', field: 'limit' } });
  });
});
