import { addDays, dayOf } from '../../shared/appointment/local-time';
import { withCheckChar } from '../../shared/resident/id-number';

type Call = (openid: string, action: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

const SIMAO = 'team-pe-sojourn-simao';
const SIMAO_STAFF = 'o-staff-yangli';
const CHEN = 'o-resident-chenjg';
/** 陈建国, 1958-01-20, 哈尔滨 (invented, valid check character). */
export const CHEN_ID = withCheckChar('23010219580120001');

/**
 * The sojourn part of the demo, through the functions: 陈建国 from Harbin, wintering in Pu'er, has
 * registered with the 思茅区 sojourn team from today for about three months, naming his Harbin
 * community health centre as home institution and sharing his conditions and readings; 杨丽 has
 * approved it, so he is on the team's guest list with the first lines of her closing note (the
 * team's 康养 / 理疗 services and fees are in its team data); the team has published clinic mornings at the
 * 茶马古城 station for the coming week.
 */
export async function playSojournStory(call: Call, now: Date): Promise<void> {
  const today = dayOf(now);
  const chen = await call(CHEN, 'resident.createProfile', {
    subject: 'self', name: '陈建国', gender: 'male', birthDate: '1958-01-20', idNumber: CHEN_ID,
    phone: '13904510001', address: '黑龙江省哈尔滨市南岗区学府路88号', conditions: ['hypertension'],
  });
  const residentId = String((chen.profile as { id: string }).id);
  const stay = await call(CHEN, 'sojourn.register', {
    residentId, teamId: SIMAO, arrival: today, departure: addDays(today, 95),
    address: '普洱市思茅区茶马古城旅游小镇B区2栋301', emergencyContact: { name: '陈晓燕', phone: '13904510002' },
    homeInstitution: { name: '哈尔滨市南岗区王岗镇社区卫生服务中心', phone: '0451-86661234' },
    conditions: '高血压10年，血压控制尚可', medicines: '硝苯地平缓释片 20mg 每日1次', shareScopes: ['conditions', 'medicines', 'readings'],
  });
  await call(SIMAO_STAFF, 'sojourn.review', { stayId: stay.id, decision: 'approve' });
  await call(SIMAO_STAFF, 'sojourn.closingNote', {
    stayId: stay.id, text: '到达当天已做旅居健康评估：血压142/88 mmHg，心电图正常。继续硝苯地平缓释片，建议每周测量血压两次，冬季注意保暖。',
  });
  const from = addDays(today, 1);
  await call(SIMAO_STAFF, 'appointment.publish', {
    pointId: `${SIMAO}-f1`, kind: 'clinic', from, to: addDays(from, 6), weekdays: [1, 2, 3, 4, 5, 6, 7], slotMinutes: 30, capacity: 3,
    windows: [{ start: '08:30', end: '11:30' }],
  });
}
