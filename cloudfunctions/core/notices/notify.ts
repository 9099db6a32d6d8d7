import type { Database } from '../cloudbase';
import { sendSubscribeMessage, type Message, type SendOutcome } from '../wx/subscribe-message';
import { NoticeRepository, type NoticeText } from './notice-repository';
import { noticeRecipients } from './recipients';
import type { Scope } from '../../../shared/policy/scopes';

/**
 * Telling people about a resident's affairs. Every feature sends its notices through `notify`:
 *
 * ```ts
 * await notify(ctx, {
 *   residentId: booking.residentId,
 *   scope: 'book',                        // guardians whose consent covers this hear of it too
 *   notice: { kind, title, body },        // the in-app notice, written for every recipient
 *   message: { template: 'appointmentReminder', data: { ... }, page: pagePath(...) }, // or null
 * });
 * ```
 *
 * Recipients are computed here at send time (`recipients.ts`): the resident's own account plus each
 * guardian whose consent is in force now and covers `scope`. Everyone gets the in-app notice; those
 * with a subscription left also get the WeChat message (`core/wx/subscribe-message.ts`), and a failed
 * message never undoes the change it reports.
 */
export interface Notification {
  residentId: string;
  scope: Scope;
  /** The contract the notice is about, if any (the contract card links to it). */
  contractId?: string | null;
  notice: NoticeText;
  message: Message | null;
}

type Env = { db: Database; now(): Date; log(message: string, extra?: Record<string, unknown>): void };

export async function notify(env: Env, n: Notification): Promise<{ told: string[]; messages: SendOutcome[] }> {
  const now = env.now();
  const told = await noticeRecipients(env.db, n.residentId, n.scope, now);
  if (told.length === 0) return { told, messages: [] };
  await new NoticeRepository(env.db).add(told, { residentId: n.residentId, contractId: n.contractId ?? null }, n.notice, now);
  const messages: SendOutcome[] = [];
  if (n.message) for (const openid of told) messages.push(await sendSubscribeMessage(env, openid, n.message));
  return { told, messages };
}

/**
 * A notice to named people rather than to a resident's circle: the two sides of a family request
 * (the resident asked for consent, the relative told the answer), or the team's staff and the family
 * about an urgent reading. `to` is computed by the caller at
 * send time from the request as it now stands; a profile without an account (null) is skipped.
 */
export interface DirectNotification {
  to: ReadonlyArray<string | null>;
  residentId: string;
  /** The family request the notice is about, if any. */
  guardianshipId: string | null;
  notice: NoticeText;
  message: Message | null;
}

export async function notifyPeople(env: Env, n: DirectNotification): Promise<{ told: string[]; messages: SendOutcome[] }> {
  const told = [...new Set(n.to.filter((o): o is string => Boolean(o)))];
  if (told.length === 0) return { told, messages: [] };
  await new NoticeRepository(env.db).add(told, { residentId: n.residentId, contractId: null, guardianshipId: n.guardianshipId }, n.notice, env.now());
  const messages: SendOutcome[] = [];
  if (n.message) for (const openid of told) messages.push(await sendSubscribeMessage(env, openid, n.message));
  return { told, messages };
}
