import type { Backend } from './harness';
import type { ActionInput } from '../../shared/api';
import { SUBSCRIBE_TEMPLATES } from '../../shared/config/subscribe-templates';
import { grantFamily, motherProfile } from './contract-fixtures';

export const MOTHER = 'o-resident-ligl';
export const DAUGHTER = 'o-resident-wangmin';
export const STAFF = 'o-staff-zhangyi';
export const MEDICATION = SUBSCRIBE_TEMPLATES.medicationReminder;
export const MISSED = SUBSCRIBE_TEMPLATES.missedDoseAlert;

/** A moment in China time, e.g. `cst('2026-03-09T08:00')`. */
export const cst = (text: string) => new Date(`${text}:00+08:00`);

const ONLY_DATE = [
  'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
  'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout',
] as const;

/**
 * The test's clock: the emulator and the functions run in this process, so faking `Date` (and nothing
 * else: sockets and timeouts keep real time) moves the clock of everything they do.
 */
export function setClock(at: Date): void {
  jest.useFakeTimers({ doNotFake: [...ONLY_DATE], now: at });
}

let seq = 0;
export const rid = (label = 'req') => `${label}-${(seq += 1).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Fires the reminder tick as CloudBase's timer does, for the moment `at` (the clock is set there first). */
export async function tick(backend: Backend, at: Date): Promise<Record<string, number>> {
  setClock(at);
  const reply = (await backend.emulator.host.invoke('reminder', { Type: 'Timer', TriggerName: 'tick', Time: at.toISOString() }, { openid: null, timer: true })) as {
    ok: boolean;
    data: Record<string, number>;
  };
  if (!reply.ok) throw new Error(`tick failed: ${JSON.stringify(reply)}`);
  return reply.data;
}

/** 李桂兰 (own account) with her daughter 王敏 holding the given scopes. Returns her profile id. */
export async function family(backend: Backend, scopes: Parameters<typeof grantFamily>[3] = ['view', 'reminders']): Promise<string> {
  const id = await motherProfile(backend);
  await grantFamily(backend, DAUGHTER, MOTHER, scopes);
  return id;
}

/** Gives `openid` `n` acceptances of a template, in WeChat and in the product's own count. */
export async function accept(backend: Backend, openid: string, n: number, template: 'medicationReminder' | 'missedDoseAlert' = 'medicationReminder'): Promise<void> {
  const id = template === 'medicationReminder' ? MEDICATION : MISSED;
  for (let i = 0; i < n; i += 1) backend.emulator.messages.grant(openid, [id]);
  await backend.ok(openid, 'resident.recordSubscriptions', { accepted: Array(n).fill(template) }, rid('sub'));
}

export const amlodipine = (residentId: string, over: Partial<ActionInput<'reminder.savePlan'>> = {}): ActionInput<'reminder.savePlan'> => ({
  residentId,
  drug: '苯磺酸氨氯地平片',
  dose: 1,
  unit: '片',
  times: ['08:00'],
  weekdays: null,
  startDate: '2026-03-09',
  endDate: null,
  meal: 'after',
  notes: '',
  stock: null,
  ...over,
});

/** Messages WeChat delivered to `openid` of a template, oldest first. */
export function outbox(backend: Backend, openid: string, templateId = MEDICATION) {
  return backend.emulator.db
    .find('outbox', { touser: openid, templateId })
    .sort((a, b) => new Date(a.sentAt as Date).getTime() - new Date(b.sentAt as Date).getTime());
}

export const events = (backend: Backend, planId: string) =>
  backend.emulator.db.find('reminderEvents', { planId }).sort((a, b) => new Date(a.dueAt as Date).getTime() - new Date(b.dueAt as Date).getTime());
