import { startBackendForFile } from './harness';
import { adultProfile, code, rid, SIMAO, STAFF } from './contract-fixtures';
import { approvedStay, registration, SIMAO_STAFF, today } from './sojourn-fixtures';

const backend = startBackendForFile();

describe("the sojourn team's offer and guest list", () => {
  it('lists the 康养 and 理疗 services with fees on the sojourn team card, and none for a regular team', async () => {
    const card = await backend.ok('o-sj-visitor', 'grid.team', { teamId: SIMAO });
    expect(card.wellnessServices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'wellness', name: '中医体质辨识与养生指导', feeYuan: 30, unit: '次' }),
        expect.objectContaining({ kind: 'therapy', name: '针灸', feeYuan: 45, unit: '次' }),
      ]),
    );
    expect(new Set(card.wellnessServices.map((s) => s.kind))).toEqual(new Set(['wellness', 'therapy']));
    expect((await backend.ok('o-sj-visitor', 'grid.team', { teamId: 'team-cg-shilonghu' })).wellnessServices).toEqual([]);
  });

  it('is refused to staff of a team that is not a sojourn team, with a message for the screen', async () => {
    const reply = await backend.call(STAFF, 'sojourn.guests', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有旅居服务团队的成员可以办理' } });
    expect(code(await backend.call('o-sj-visitor', 'sojourn.guests', {}))).toBe('FORBIDDEN');
  });

  it('shows the closing note as saved beside the guest, replaced by a later one', async () => {
    const OWNER = 'o-sj-note';
    const residentId = await adultProfile(backend, OWNER);
    const stay = await approvedStay(backend, OWNER, residentId);
    const guestOf = async () => (await backend.ok(SIMAO_STAFF, 'sojourn.guests', {})).guests.find((g) => g.stayId === stay.id);
    expect((await guestOf())?.closingNote).toBeNull();
    await backend.ok(SIMAO_STAFF, 'sojourn.closingNote', { stayId: stay.id, text: '血压平稳，继续原方案' }, rid('note'));
    await backend.ok(SIMAO_STAFF, 'sojourn.closingNote', { stayId: stay.id, text: '血压平稳，已调整晚间用药时间' }, rid('note'));
    expect((await guestOf())?.closingNote).toMatchObject({ text: '血压平稳，已调整晚间用药时间', by: expect.stringContaining('杨丽') });
  });
});

describe('notices about a registration', () => {
  it('name the registration, so that the message centre opens the sojourn pages', async () => {
    const OWNER = 'o-sj-notice';
    const residentId = await adultProfile(backend, OWNER);
    const stay = await approvedStay(backend, OWNER, residentId);
    const { notices } = await backend.ok(OWNER, 'contract.notices', {});
    expect(notices.find((n) => n.kind === 'stay_approved')).toMatchObject({ residentId, contractId: stay.id });
  });

  it('keep a refusal with its reason until the resident registers again', async () => {
    const OWNER = 'o-sj-refused';
    const residentId = await adultProfile(backend, OWNER);
    const pending = await backend.ok(OWNER, 'sojourn.register', registration(residentId) as never, rid('stay'));
    await backend.ok(SIMAO_STAFF, 'sojourn.review', { stayId: pending.id, decision: 'reject', reason: '住址不在服务范围，请核对' }, rid('review'));
    const { notices } = await backend.ok(OWNER, 'contract.notices', {});
    expect(notices.find((n) => n.kind === 'stay_rejected')).toMatchObject({ contractId: pending.id });
    const mine = await backend.ok(OWNER, 'sojourn.mine', { residentId });
    expect(mine).toMatchObject({ current: null, past: [], turnedDown: { id: pending.id, team: { id: SIMAO }, reviewReason: '住址不在服务范围，请核对' } });

    await backend.ok(OWNER, 'sojourn.register', registration(residentId, { arrival: today(1) }) as never, rid('again'));
    expect((await backend.ok(OWNER, 'sojourn.mine', { residentId })).turnedDown).toBeNull();
  });
});
