import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { cloudbase } from '../cloudbase';
import { GuardianshipRepository } from '../guardianships/guardianship-repository';
import { ResidentRepository } from '../residents/resident-repository';
import { effectiveScopes } from '../../../shared/policy/consent';
import { SUBSCRIBE_TEMPLATES } from '../../../shared/config/subscribe-templates';
import { NOTICES, thing, wxTime, type NoticeDoc } from '../contracts/notify';
import type { AppointmentDoc, SlotDoc } from './appointment-docs';
import { timeText } from './appointment-views';
import { dayText } from '../../../shared/appointment/local-time';

const NO_QUOTA = 43101;

type Env = { db: Database; now(): Date; log(message: string, extra?: Record<string, unknown>): void };
type NoticeText = Pick<NoticeDoc, 'kind' | 'title' | 'body'>;

export const appointmentsPage = (residentId: string) => `packages/appointments/pages/mine/index?residentId=${encodeURIComponent(residentId)}`;

/**
 * Who hears about a resident's bookings, decided when the message goes out: the resident's own
 * account and every family member whose 预约 scope is in effect at that moment.
 */
export async function bookingRecipients(db: Database, residentId: string, at: Date): Promise<string[]> {
  const [resident, guardianships] = await Promise.all([
    new ResidentRepository(db).find(residentId),
    new GuardianshipRepository(db).forResident(residentId),
  ]);
  if (!resident) return [];
  const family = guardianships.filter((g) => effectiveScopes(g, resident.birthDate, at).includes('book')).map((g) => g.guardianOpenid);
  return [...new Set([resident.ownerOpenid, ...family].filter((o): o is string => Boolean(o)))];
}

/**
 * Tells everyone entitled about a booking: always in the app, and by the appointment subscribe
 * message when they have one left. A failed send never undoes what it reports.
 */
export async function tellAboutBooking(env: Env, appt: AppointmentDoc, notice: NoticeText, hint: string): Promise<string[]> {
  const now = env.now();
  const people = await bookingRecipients(env.db, appt.residentId, now);
  if (people.length === 0) return [];
  const docs: Array<NoticeDoc & { appointmentId: string }> = people.map((openid) => ({
    _id: `nt_${crypto.randomBytes(12).toString('hex')}`,
    openid,
    residentId: appt.residentId,
    contractId: null,
    appointmentId: appt._id,
    ...notice,
    createdAt: now,
    readAt: null,
  }));
  await env.db.collection(NOTICES).add(docs);
  const data = {
    name1: appt.residentName.slice(0, 10),
    time2: wxTime(new Date(appt.startsAt)),
    thing3: thing(appt.pointName),
    thing4: thing(appt.team.name),
    thing5: thing(hint),
  };
  const delivered: string[] = [];
  for (const touser of people) {
    try {
      const reply = (await cloudbase().callWxOpenApi({
        apiName: '/cgi-bin/message/subscribe/send',
        requestData: {
          touser,
          template_id: SUBSCRIBE_TEMPLATES.appointmentReminder,
          page: appointmentsPage(appt.residentId),
          data: Object.fromEntries(Object.entries(data).map(([k, value]) => [k, { value }])),
        },
      })) as { result?: { errcode?: number; errmsg?: string } };
      const errcode = reply.result?.errcode ?? 0;
      if (errcode === 0) delivered.push(touser);
      else if (errcode !== NO_QUOTA) env.log('subscribe message not sent', { errcode, errmsg: reply.result?.errmsg });
    } catch (err) {
      env.log('subscribe message failed', { error: err instanceof Error ? err.message : String(err) });
    }
  }
  return delivered;
}

const when = (a: AppointmentDoc) => `${dayText(a.day)} ${timeText(a.startsAt, a.endsAt)}`;

/** The team closed the slot (停诊) and the booking is cancelled. */
export function closedNotice(a: AppointmentDoc, reason: string): { notice: NoticeText; hint: string } {
  return {
    notice: {
      kind: 'slot_closed',
      title: '预约已取消：团队停诊',
      body: `${a.team.name}${when(a)}在${a.pointName}停诊（${reason}），${a.residentName}的预约已取消。可以在小程序中改约其他时段，或致电团队 ${a.team.phone}。`,
    },
    hint: `停诊：${reason}`,
  };
}

/** The day-before reminder. */
export function reminderNotice(a: AppointmentDoc): { notice: NoticeText; hint: string } {
  return {
    notice: {
      kind: 'visit_reminder',
      title: '明天有预约',
      body: `${a.residentName}明天${timeText(a.startsAt, a.endsAt)}在${a.pointName}（${a.pointAddress}）有${a.team.name}的预约，请按时前往。不能来请提前取消。`,
    },
    hint: '请按时前往，不能来请提前取消',
  };
}

/** A place freed on a day the resident waits for, kept for them for a while. */
export function placeFreedNotice(a: Pick<AppointmentDoc, 'residentName' | 'team' | 'pointName'>, slot: SlotDoc, minutes: number): NoticeText {
  return {
    kind: 'slot_available',
    title: '有号了',
    body: `${slot.pointName}${dayText(slot.day)} ${timeText(slot.startsAt, slot.endsAt)}有空位，为${a.residentName}保留${minutes}分钟，请尽快在小程序中确认预约。`,
  };
}
