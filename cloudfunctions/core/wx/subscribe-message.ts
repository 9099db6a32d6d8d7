import { cloudbase } from '../cloudbase';
import { SubscriptionRepository } from './subscription-repository';
import { isLongTermTemplate, SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '../../../shared/config/subscribe-templates';
import type { Database } from '../cloudbase';

/** WeChat's answer when the user has no subscription left for the template. */
export const NO_QUOTA = 43101;

export interface Message {
  template: SubscribeTemplateKey;
  /** Template fields, already within WeChat's lengths (see `thing` in `fields.ts`). */
  data: Record<string, string>;
  /** The mini-program page the message opens, with its query. */
  page: string;
}

export interface SendOutcome {
  openid: string;
  /** `no_quota`: none left in the product's count, or WeChat answered 43101. */
  status: 'sent' | 'no_quota' | 'failed';
  errcode: number | null;
}

/** Whether sends of `template` spend from the product's count (one-time templates) or not (long-term). */
export const isCounted = (template: SubscribeTemplateKey) => !isLongTermTemplate(template);

type Env = { db: Database; now(): Date; log(message: string, extra?: Record<string, unknown>): void };

/**
 * Sends one subscribe message (`/cgi-bin/message/subscribe/send`) when the person has one left for the
 * template: spends one from the product's count first, gives it back when the send fails for another
 * reason, and sets the count to zero on 43101. Never throws: a message that cannot go out never undoes
 * what it reports, and the in-app notice is there anyway.
 */
export async function sendSubscribeMessage(env: Env, touser: string, message: Message): Promise<SendOutcome> {
  const counted = isCounted(message.template);
  if (counted && !(await new SubscriptionRepository(env.db).take(touser, message.template, env.now()))) return { openid: touser, status: 'no_quota', errcode: null };
  return sendSpent(env, touser, message);
}

/**
 * Sends one subscribe message whose acceptance was already spent from the product's count (for a
 * batch, `SubscriptionRepository.takeMany`), or of a long-term template; the rest as
 * `sendSubscribeMessage`.
 */
export async function sendSpent(env: Env, touser: string, message: Message): Promise<SendOutcome> {
  const quota = new SubscriptionRepository(env.db);
  const counted = isCounted(message.template);
  let errcode: number | null = null;
  try {
    const reply = (await cloudbase().callWxOpenApi({
      apiName: '/cgi-bin/message/subscribe/send',
      requestData: {
        touser,
        template_id: SUBSCRIBE_TEMPLATES[message.template],
        page: message.page,
        data: Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }])),
      },
    })) as { result?: { errcode?: number; errmsg?: string } };
    errcode = reply.result?.errcode ?? 0;
    if (errcode === 0) return { openid: touser, status: 'sent', errcode: 0 };
    env.log('subscribe message refused', { errcode, errmsg: reply.result?.errmsg, template: message.template });
  } catch (err) {
    env.log('subscribe message failed', { error: err instanceof Error ? err.message : String(err), template: message.template });
  }
  try {
    if (errcode === NO_QUOTA) {
      await quota.recordRefusal(touser, message.template, errcode, true, env.now());
      return { openid: touser, status: 'no_quota', errcode };
    }
    if (counted) await quota.giveBack(touser, message.template, env.now());
    if (errcode !== null) await quota.recordRefusal(touser, message.template, errcode, false, env.now());
  } catch (err) {
    env.log('subscription count not updated', { error: err instanceof Error ? err.message : String(err) });
  }
  return { openid: touser, status: 'failed', errcode };
}
