import { startBackend, type Backend } from './harness';
import { DEMO_IDS } from '../../emulator/seed/demo-story';
import { SAMPLE_ID_CARD } from '../../emulator/wx/id-card-ocr';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend({ demoStory: true });
});
afterAll(() => backend?.close());

describe('the demo that npm start opens on', () => {
  it('shows 李桂兰 with her record and an active contract with the 石龙湖 team', async () => {
    const family = await backend.ok('o-resident-ligl', 'resident.listMine', {});
    expect(family.self).toMatchObject({ name: '李桂兰' });
    const mine = await backend.ok('o-resident-ligl', 'contract.mine', { residentId: family.self!.id });
    expect(mine.current).toMatchObject({ status: 'active', team: { id: 'team-cg-shilonghu' } });
  });

  it('has 王敏 managing her mother with view, sign and reminders, and 王磊’s request waiting for the mother’s consent', async () => {
    const daughter = await backend.ok('o-resident-wangmin', 'resident.listMine', {});
    expect(daughter.managed).toEqual([expect.objectContaining({ residentName: '李桂兰', status: 'active', effectiveScopes: ['view', 'sign', 'reminders'] })]);
    const mother = await backend.ok('o-resident-ligl', 'resident.listMine', {});
    expect(mother.guardians).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ guardianName: '王敏', status: 'active' }),
        expect.objectContaining({ guardianName: '王磊', status: 'pending', consentRoute: 'in_app', requestedScopes: ['view'] }),
      ]),
    );
  });

  it('has her three prescriptions from her team and a week of doses, five of six mornings taken', async () => {
    const family = await backend.ok('o-resident-wangmin', 'resident.listMine', {});
    const card = await backend.ok('o-resident-wangmin', 'reminder.overview', { residentId: family.managed[0].residentId });
    expect(card.plans).toEqual([expect.objectContaining({ drug: '苯磺酸氨氯地平片', times: ['08:00'], weekdays: null, createdBy: 'staff', stock: 23 })]);
    expect(card.prescriptions).toMatchObject({ author: '张毅（全科医生）', diet: [expect.objectContaining({ heading: '低盐饮食' }), expect.anything()] });
    const past = card.week.slice(0, 6);
    expect(past.map((d) => d.taken)).toEqual([1, 1, 1, 0, 1, 1]);
    expect(past[3]).toMatchObject({ due: 1, missed: 1 });
  });

  it('has two weeks of 石龙湖 slots, a 知子罗村 mobile-point morning, her booking next week and her rated visits', async () => {
    const family = await backend.ok('o-resident-ligl', 'resident.listMine', {});
    const residentId = family.self!.id;
    const view = await backend.ok('o-resident-ligl', 'appointment.slots', { residentId });
    expect(view.days.length).toBeGreaterThanOrEqual(9);
    expect(view.days.flatMap((d) => d.points.map((p) => p.kind))).toEqual(expect.arrayContaining(['clinic']));
    const mine = await backend.ok('o-resident-ligl', 'appointment.mine', { residentId });
    expect(mine.upcoming).toHaveLength(1);
    const progress = await backend.ok('o-resident-ligl', 'appointment.fulfilment', { residentId });
    expect(progress.lines.find((l) => l.code === 'chronic_followup')?.text).toBe('2/4');
    expect(await backend.ok('o-resident-ligl', 'appointment.teamRatings', { teamId: 'team-cg-shilonghu' })).toMatchObject({ count: 2, average: 4.5, satisfiedRate: 1 });
    expect(backend.emulator.db.count('slots', { teamId: 'team-nj-pihe-1', kind: 'mobile' })).toBe(3);
  });

  it('has six weeks of her blood pressure, above target lately, on her chart and on 石龙湖 team’s triage list', async () => {
    const family = await backend.ok('o-resident-wangmin', 'resident.listMine', {});
    const residentId = family.managed[0].residentId;
    const chart = await backend.ok('o-resident-wangmin', 'health.chart', { residentId, kind: 'bp', days: 90 });
    expect(chart.points).toHaveLength(21);
    expect(chart.weeks.length).toBeGreaterThanOrEqual(6);
    expect(chart.status).toBe('above');
    const triage = await backend.ok('o-staff-zhangyi', 'health.triage', {});
    expect(triage.entries[0]).toMatchObject({ name: '李桂兰', reason: 'above' });
  });

  it('has 张秀英, whose card is the local OCR’s sample, waiting for 张毅 to check her consent in person', async () => {
    const { items } = await backend.ok('o-staff-zhangyi', 'resident.pendingConsents', {});
    expect(items.map((i) => [i.resident.name, i.guardianship.guardianName])).toEqual([['张秀英', '王磊']]);
    expect(DEMO_IDS.zhangxy).toBe(SAMPLE_ID_CARD.fields.id);
  });

  it('has an application waiting in 张毅’s review queue', async () => {
    const queue = await backend.ok('o-staff-zhangyi', 'contract.reviewQueue', {});
    expect(queue.items.map((i) => i.resident.name)).toEqual(['刘*明']);
  });

  it('has 何文英’s record, made by her grandson as his own, claimed by her with 人脸核身, and him told whom to call', async () => {
    const her = await backend.ok('o-resident-hewy', 'resident.listMine', {});
    expect(her.self).toMatchObject({ name: '何文英', identity: { verified: true, method: 'face' } });
    expect((await backend.ok('o-resident-sunq', 'resident.listMine', {})).self).toBeNull();
    const { notices } = await backend.ok('o-resident-sunq', 'contract.notices', {});
    expect(notices).toEqual([expect.objectContaining({ kind: 'profile_claimed', title: '“何文英”的健康档案已由本人认领', read: false })]);
    expect(notices[0].body).toContain('呈贡区石龙湖社区家庭医生团队');
  });

  it('is played once: a second start of the same data keeps what the data has become', async () => {
    const { seedDemoStory } = await import('../../emulator/seed');
    const tcb = (await import('@cloudbase/node-sdk')).default;
    const db = tcb.init({ env: 'local-dev', serviceUrl: `${backend.emulator.url}/admin`, secretId: 'local', secretKey: 'local' }).database();
    expect(await seedDemoStory(db, backend.emulator.host, () => undefined, backend.emulator.faces)).toBe(false);
    expect(backend.emulator.db.count('residents', {})).toBe(6);
  });
});

describe('the sojourn part of the demo', () => {
  it('has 陈建国 from Harbin staying in 思茅区 with the sojourn team, on 杨丽’s guest list with slots to book', async () => {
    const chen = await backend.ok('o-resident-chenjg', 'resident.listMine', {});
    const mine = await backend.ok('o-resident-chenjg', 'sojourn.mine', { residentId: chen.self!.id });
    expect(mine.home).toBeNull();
    expect(mine.current).toMatchObject({ status: 'active', phase: 'during', team: { id: 'team-pe-sojourn-simao' }, homeInstitution: { name: expect.stringContaining('哈尔滨') } });
    const { guests } = await backend.ok('o-staff-yangli', 'sojourn.guests', {});
    expect(guests).toEqual([expect.objectContaining({ residentName: '陈建国', conditions: expect.stringContaining('高血压') })]);
    const slots = await backend.ok('o-resident-chenjg', 'appointment.slots', { residentId: chen.self!.id });
    expect(slots.team).toMatchObject({ id: 'team-pe-sojourn-simao' });
    expect(slots.days.length).toBeGreaterThan(0);
  });
});
