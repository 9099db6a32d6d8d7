import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { startBackendForFile } from './harness';
import { nextVisitDates } from '../../shared/geo';

dayjs.extend(utc);

const backend = startBackendForFile();

const RESIDENT = 'o-resident-ligl';

describe('grid.team', () => {
  it('shows the 石龙湖 team card: members with roles, phone, hours, points and grids', async () => {
    const card = await backend.ok(RESIDENT, 'grid.team', { teamId: 'team-cg-shilonghu' });
    expect(card).toMatchObject({
      id: 'team-cg-shilonghu',
      name: '呈贡区石龙湖社区家庭医生团队',
      institution: '呈贡区洛龙街道社区卫生服务中心',
      phone: '0871-67482316',
      regionText: '云南省昆明市呈贡区',
      sojourn: false,
    });
    expect(card.members[0]).toEqual({ name: '张毅', role: '全科医生', title: '主治医师', leader: true });
    expect(card.members.map((m) => m.role)).toEqual(['全科医生', '护士', '公卫医生', '专科医生']);
    expect(card.fixedPoints.map((p) => p.name)).toEqual(['石龙湖社区卫生服务站', '洛龙街道社区卫生服务中心']);
    expect(card.fixedPoints[0].location).toEqual({ lat: 24.8712, lng: 102.8506 });
    expect(card.grids.map((g) => g.id)).toEqual(['cg-shilonghu-01', 'cg-shilonghu-02', 'cg-shilonghu-03']);
  });

  it('says what happens after applying, from the team: review days, the station that takes payment, what to bring', async () => {
    const card = await backend.ok(RESIDENT, 'grid.team', { teamId: 'team-cg-shilonghu' });
    expect(card.signing).toMatchObject({
      reviewDays: 2,
      station: { name: '石龙湖社区卫生服务站', address: '呈贡区洛龙街道石龙路 15 号（石龙湖社区居委会一楼）' },
    });
    expect(card.signing.bring).toContain('正在吃的降压药、降糖药或药盒');
    // A team that has not said: the usual three working days, at its first fixed point.
    const luolong = await backend.ok(RESIDENT, 'grid.team', { teamId: 'team-cg-luolong' });
    expect(luolong.signing).toMatchObject({ reviewDays: 3, station: { name: '洛龙街道社区卫生服务中心' } });
    expect(luolong.signing.bring.length).toBeGreaterThan(0);
  });

  it('lists the next visit days of each mobile point of a Nujiang mountain team', async () => {
    const before = new Date();
    const card = await backend.ok(RESIDENT, 'grid.team', { teamId: 'team-nj-pihe-1' });
    expect(card.members.filter((m) => m.role === '乡村医生').map((m) => m.name)).toEqual(['李四妹', '丰志强']);
    expect(card.mobilePoints).toHaveLength(3);
    const zhiziluo = card.mobilePoints[0];
    expect(zhiziluo).toMatchObject({ name: '知子罗村流动服务点', scheduleText: '每月第1、3周周三上午', schedule: { weeksOfMonth: [1, 3], weekday: 3, period: 'am' } });
    expect(zhiziluo.nextDates).toHaveLength(3);
    expect(zhiziluo.nextDates).toEqual(nextVisitDates(zhiziluo.schedule, before, 3));
    for (const d of zhiziluo.nextDates) {
      const day = dayjs.utc(d.date);
      expect(day.day()).toBe(3);
      expect([1, 3]).toContain(Math.ceil(day.date() / 7));
      expect(d.text).toMatch(/^\d{1,2}月\d{1,2}日 周三上午$/);
    }
    expect(zhiziluo.nextDates[0].date >= dayjs.utc(before).utcOffset(480).format('YYYY-MM-DD')).toBe(true);
  });

  it('marks the sojourn team and includes the nurse bound to it', async () => {
    const card = await backend.ok('o-resident-chenjg', 'grid.team', { teamId: 'team-pe-sojourn-simao' });
    expect(card.sojourn).toBe(true);
    expect(card.members).toContainEqual(expect.objectContaining({ name: '杨丽', role: '护士' }));
    expect(card.grids.map((g) => g.community)).toEqual(expect.arrayContaining(['茶马古城社区', '梅子湖社区']));
  });

  it('answers an unknown team with NOT_FOUND and a Chinese message', async () => {
    expect(await backend.call(RESIDENT, 'grid.team', { teamId: 'team-nowhere' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有找到这个家庭医生团队，请返回重新选择', field: 'teamId' },
    });
  });

  it('asks which team when the id is missing or blank', async () => {
    for (const input of [{}, { teamId: ' ' }]) {
      expect(await backend.call(RESIDENT, 'grid.team', input)).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: '请选择家庭医生团队', field: 'teamId' },
      });
    }
  });
});
