import type { Backend } from './harness';
import { adultProfile, rid, SIMAO } from './contract-fixtures';
import { IDS } from './resident-fixtures';
import { addDays, dayOf } from '../../shared/appointment/local-time';

/** 杨丽, nurse of the 思茅区 sojourn team (demo persona). */
export const SIMAO_STAFF = 'o-staff-yangli';
export const SIMAO_POINT = `${SIMAO}-f1`;

/** Local day `n` days from today. */
export const today = (n = 0) => addDays(dayOf(new Date()), n);

/** 陈建国 from Harbin: a profile of his own, no home team in the system. */
export async function harbinProfile(backend: Backend, openid: string): Promise<string> {
  return adultProfile(backend, openid, { name: '陈建国', birthDate: '1958-01-20', idNumber: IDS.chenjg, address: '黑龙江省哈尔滨市南岗区学府路88号' });
}

export const registration = (residentId: string, over: Record<string, unknown> = {}) => ({
  residentId,
  teamId: SIMAO,
  arrival: today(),
  departure: today(90),
  address: '普洱市思茅区茶马古城旅游小镇B区2栋301',
  emergencyContact: { name: '陈晓燕', phone: '13904510002' },
  homeInstitution: { name: '哈尔滨市南岗区王岗镇社区卫生服务中心', phone: '0451-86661234' },
  conditions: '高血压10年',
  medicines: '硝苯地平缓释片 每日1次',
  shareScopes: ['conditions', 'readings'],
  ...over,
});

/** Registers and has 杨丽 approve; returns the stay. */
export async function approvedStay(backend: Backend, openid: string, residentId: string, over: Record<string, unknown> = {}) {
  const stay = await backend.ok(openid, 'sojourn.register', registration(residentId, over) as never, rid('stay'));
  return backend.ok(SIMAO_STAFF, 'sojourn.review', { stayId: stay.id, decision: 'approve' }, rid('review'));
}

const DAY = 86_400_000;

/** Moves a stay so that its departure day ended `days` days ago (access ends with that day). */
export function departedDaysAgo(backend: Backend, stayId: string, days: number): void {
  const end = new Date(Date.now() - days * DAY - 60_000);
  backend.emulator.db.updateMany('contracts', { _id: stayId }, { $set: { 'period.start': new Date(end.getTime() - 60 * DAY), 'period.end': end } });
}

export async function fireStayTimer(backend: Backend): Promise<any> {
  const res = await fetch(`${backend.emulator.url}/__dev/timers/sojourn/endStays`, { method: 'POST' });
  return res.json();
}
