import crypto from 'node:crypto';
import type { Database } from '../../cloudfunctions/core/cloudbase';
import { selfResidentId } from '../../cloudfunctions/core/residents/resident-repository';
import { nextVisitDates } from '../../shared/geo/schedule';
import { addDays, dayOf, localMoment } from '../../shared/appointment/local-time';

type Call = (openid: string, action: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

const TEAM = 'team-cg-shilonghu';
const STAFF = 'o-staff-zhangyi';
const NUJIANG_STAFF = 'o-staff-yujx';
const STATION = `${TEAM}-f1`;
const DAY = 86_400_000;

/**
 * The appointments part of the demo, through the functions: 张毅 publishes the 石龙湖 station's
 * clinic slots for the coming two weeks (weekday mornings and afternoons), home-visit afternoons and
 * the 石龙村 mobile point's days; 余建新 publishes the next 知子罗村 mobile-point morning in 匹河怒族乡;
 * 李桂兰 has booked a morning next week.
 */
export async function playAppointmentStory(call: Call, motherId: string, now: Date): Promise<void> {
  const from = addDays(dayOf(now), 1);
  const to = addDays(from, 13);
  const weekdays = [1, 2, 3, 4, 5];
  await call(STAFF, 'appointment.publish', {
    pointId: STATION, kind: 'clinic', from, to, weekdays, slotMinutes: 30, capacity: 3,
    windows: [{ start: '08:30', end: '11:30' }, { start: '14:30', end: '16:30' }],
  });
  await call(STAFF, 'appointment.publish', {
    pointId: STATION, kind: 'home_visit', from, to, weekdays: [2, 4], slotMinutes: 60, capacity: 1, windows: [{ start: '14:00', end: '17:00' }],
  });
  await call(STAFF, 'appointment.publish', { pointId: `${TEAM}-m1`, kind: 'mobile', from, to: addDays(from, 30), weekdays: [], windows: [], slotMinutes: 60, capacity: 8 });
  const [zhiziluo] = nextVisitDates({ weeksOfMonth: [1, 3], weekday: 3, period: 'am' }, new Date(now.getTime() + DAY), 1);
  await call(NUJIANG_STAFF, 'appointment.publish', {
    pointId: 'team-nj-pihe-1-m1', kind: 'mobile', from: zhiziluo.date, to: zhiziluo.date, weekdays: [], windows: [], slotMinutes: 60, capacity: 10,
  });
  const view = (await call('o-resident-ligl', 'appointment.slots', { residentId: motherId })) as {
    days: Array<{ day: string; points: Array<{ kind: string; slots: Array<{ id: string; state: string }> }> }>;
  };
  const nextWeek = view.days.find((d) => d.day >= addDays(from, 5) && d.points.some((p) => p.kind === 'clinic'));
  const slot = nextWeek?.points.find((p) => p.kind === 'clinic')?.slots.find((s) => s.state === 'open');
  if (slot) await call('o-resident-ligl', 'appointment.book', { residentId: motherId, slotId: slot.id });
}

interface PastVisit {
  daysAgo: number;
  clock: number;
  services: string[];
  note: string;
  stars: number;
  tags: string[];
  comment: string;
}

const HISTORY: PastVisit[] = [
  { daysAgo: 62, clock: 9 * 60, services: ['bp_check', 'chronic_followup'], note: '血压 146/90，氨氯地平加量后复测', stars: 5, tags: ['态度好', '讲解清楚'], comment: '张医生讲得很细' },
  { daysAgo: 20, clock: 9 * 60 + 30, services: ['bp_check', 'chronic_followup', 'tcm_constitution'], note: '血压 132/84，平稳；体质辨识为气虚质', stars: 4, tags: ['准时'], comment: '' },
];

/**
 * Her history with the team, as an import of past records would bring it: the contract started three
 * months ago, two attended morning visits at the station with what was done, each rated by her.
 * Written straight to the database because bookings can only be made for the future.
 */
export async function seedVisitHistory(db: Database, now: Date): Promise<void> {
  const residentId = selfResidentId('o-resident-ligl');
  const { data } = await db.collection('contracts').where({ residentId, status: 'active' }).limit(1).get();
  const contract = data[0] as { _id: string; team: { name: string; phone: string } } | undefined;
  if (!contract) return;
  const start = new Date(now.getTime() - 90 * DAY);
  await db.collection('contracts').doc(contract._id).update({ 'period.start': start, 'period.end': new Date(start.getTime() + 365 * DAY - 1) });
  for (const v of HISTORY) {
    const day = dayOf(new Date(now.getTime() - v.daysAgo * DAY));
    const startsAt = localMoment(day, v.clock);
    const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
    const slotId = `sl_${STATION}_clinic_${startsAt.toISOString().slice(0, 16).replace(/[-:T]/g, '')}`;
    const appointmentId = `ap_${crypto.randomBytes(12).toString('hex')}`;
    const point = { pointId: STATION, pointName: '石龙湖社区卫生服务站', pointAddress: '呈贡区洛龙街道石龙路 15 号（石龙湖社区居委会一楼）' };
    await db.collection('slots').add({
      _id: slotId, teamId: TEAM, ...point, kind: 'clinic', team: contract.team, cancelHours: 2, day, startsAt, endsAt,
      capacity: 3, booked: 1, status: 'open', closedReason: null, hold: null, publishedBy: STAFF, createdAt: startsAt, updatedAt: startsAt,
    });
    await db.collection('appointments').add({
      _id: appointmentId, key: `${slotId}|${residentId}`, requestKey: `none:${appointmentId}`, seat: `${residentId}#past|${appointmentId}`, slotId, teamId: TEAM, team: contract.team, ...point,
      kind: 'clinic', day, startsAt, endsAt, residentId, residentName: '李桂兰', address: null,
      bookedBy: { openid: 'o-resident-ligl', as: 'self' }, status: 'attended', cancelled: null, attendance: { at: endsAt, by: STAFF },
      reminderAt: null, createdAt: new Date(startsAt.getTime() - 3 * DAY), updatedAt: endsAt,
    });
    const ratedAt = new Date(endsAt.getTime() + 3_600_000);
    await db.collection('visits').add({
      _id: `vs_${appointmentId}`, residentId, residentName: '李桂兰', teamId: TEAM, contractId: contract._id, appointmentId, channel: 'visit',
      services: v.services, note: v.note, nextFollowUp: null, at: startsAt, recordedBy: { openid: STAFF, name: '张毅' },
      rating: { stars: v.stars, tags: v.tags, comment: v.comment, at: ratedAt, by: 'o-resident-ligl' }, ratingStars: v.stars, createdAt: endsAt,
    });
  }
}
