import type { Database } from '../cloudbase';
import { notify } from '../notices/notify';
import type { NoticeText } from '../notices/notice-repository';
import { thing, wxTime } from '../wx/fields';
import type { Message } from '../wx/subscribe-message';
import { dayText } from '../../../shared/appointment/local-time';
import { pagePath } from '../../../shared/pages/page-paths';
import type { AppointmentDoc, SlotDoc } from './appointment-docs';
import { timeText } from './appointment-views';

type Env = { db: Database; now(): Date; log(message: string, extra?: Record<string, unknown>): void };

/** The appointment message (预约提醒) about a booking, its 温馨提示 saying what happened. */
function message(a: AppointmentDoc, hint: string): Message {
  return {
    template: 'appointmentReminder',
    data: { name1: a.residentName.slice(0, 10), time2: wxTime(new Date(a.startsAt)), thing3: thing(a.pointName), thing4: thing(a.team.name), thing5: thing(hint) },
    page: pagePath('appointments', { residentId: a.residentId }),
  };
}

/** The cancellation message (预约取消通知): which booking, why, and what to do now. */
function cancelledMessage(a: AppointmentDoc, reason: string, hint: string): Message {
  return {
    template: 'appointmentCancelled',
    data: { name1: a.residentName.slice(0, 10), time2: wxTime(new Date(a.startsAt)), thing3: thing(a.pointName), thing4: thing(reason), thing5: thing(hint) },
    page: pagePath('appointments', { residentId: a.residentId }),
  };
}

/**
 * Tells the resident and the family whose 预约 scope is in force at send time about a booking: in the
 * app always, by subscribe message when they have one left.
 */
export async function tellAboutBooking(env: Env, a: AppointmentDoc, notice: NoticeText, hint: string) {
  return notify(env, { residentId: a.residentId, scope: 'book', notice, message: message(a, hint) });
}

/** Tells the same people that the team cancelled a booking, with the cancellation template. */
export async function tellAboutCancellation(env: Env, a: AppointmentDoc, notice: NoticeText, reason: string) {
  return notify(env, { residentId: a.residentId, scope: 'book', notice, message: cancelledMessage(a, reason, '可在小程序中改约其他时段') });
}

const when = (a: AppointmentDoc) => `${dayText(a.day)} ${timeText(a.startsAt, a.endsAt)}`;

/** The team closed the slot (停诊) and the booking is cancelled; `hint` is the reason as the message gives it. */
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
export function placeFreedNotice(residentName: string, slot: SlotDoc, minutes: number): NoticeText {
  return {
    kind: 'slot_available',
    title: '有号了',
    body: `${slot.pointName}${dayText(slot.day)} ${timeText(slot.startsAt, slot.endsAt)}有空位，为${residentName}保留${minutes}分钟，请尽快在小程序中确认预约。`,
  };
}
