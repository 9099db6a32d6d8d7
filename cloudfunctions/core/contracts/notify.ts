import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { cloudbase } from '../cloudbase';
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '../../../shared/config/subscribe-templates';
import type { Notice } from '../../../shared/api/contract';
import { pagePath } from '../../../shared/pages/page-paths';
import type { ContractDoc } from './contract-docs';

export const NOTICES = 'notices';
/** WeChat's answer when the user has no subscription left for the template. */
const NO_QUOTA = 43101;

/** An in-app notice (站内通知), kept for each person told. */
export interface NoticeDoc {
  _id: string;
  openid: string;
  residentId: string;
  contractId: string | null;
  kind: Notice['kind'];
  title: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

export interface Message {
  template: SubscribeTemplateKey;
  /** Template fields, already within WeChat's lengths (see `thing`). */
  data: Record<string, string>;
}

/** A `thing` field of a subscribe message holds at most 20 characters. */
export function thing(text: string): string {
  return text.length <= 20 ? text : `${text.slice(0, 19)}…`;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** `2026-03-10 14:05`, China time, as WeChat's `time` fields take it. */
export function wxTime(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

export const contractPage = (contractId: string) => pagePath('signContract', { contractId });

/** Who hears about a contract: the resident's own account and, when family signed, that person too. */
export function recipients(contract: ContractDoc): string[] {
  return [...new Set([contract.residentOpenid, contract.signedBy.openid].filter((o): o is string => Boolean(o)))];
}

/**
 * Tells each recipient in the app, always, and by subscribe message when they have one left for the
 * template; without one (errcode 43101) the in-app notice is all they get. A failed send never undoes
 * the change it reports. Returns who got the subscribe message.
 */
export async function tell(
  env: { db: Database; now(): Date; log(message: string, extra?: Record<string, unknown>): void },
  contract: ContractDoc,
  notice: Pick<NoticeDoc, 'kind' | 'title' | 'body'>,
  message: Message | null,
): Promise<string[]> {
  const now = env.now();
  const people = recipients(contract);
  if (people.length === 0) return [];
  const docs: NoticeDoc[] = people.map((openid) => ({
    _id: `nt_${crypto.randomBytes(12).toString('hex')}`,
    openid,
    residentId: contract.residentId,
    contractId: contract._id,
    ...notice,
    createdAt: now,
    readAt: null,
  }));
  await env.db.collection(NOTICES).add(docs);
  if (!message) return [];
  const delivered: string[] = [];
  for (const touser of people) {
    try {
      const reply = (await cloudbase().callWxOpenApi({
        apiName: '/cgi-bin/message/subscribe/send',
        requestData: {
          touser,
          template_id: SUBSCRIBE_TEMPLATES[message.template],
          page: contractPage(contract._id),
          data: Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }])),
        },
      })) as { result?: { errcode?: number; errmsg?: string } };
      const errcode = reply.result?.errcode ?? 0;
      if (errcode === 0) delivered.push(touser);
      else if (errcode !== NO_QUOTA) env.log('subscribe message not sent', { errcode, errmsg: reply.result?.errmsg, template: message.template });
    } catch (err) {
      env.log('subscribe message failed', { error: err instanceof Error ? err.message : String(err) });
    }
  }
  return delivered;
}

export function toNotice(doc: NoticeDoc): Notice {
  return {
    id: doc._id,
    residentId: doc.residentId,
    contractId: doc.contractId,
    kind: doc.kind,
    title: doc.title,
    body: doc.body,
    createdAt: new Date(doc.createdAt).toISOString(),
    read: doc.readAt !== null,
  };
}

export async function unreadNotices(db: Database, openid: string, limit: number): Promise<NoticeDoc[]> {
  const { data } = await db.collection(NOTICES).where({ openid, readAt: null }).orderBy('createdAt', 'desc').limit(limit).get();
  return data as NoticeDoc[];
}

export async function markRead(db: Database, openid: string, ids: readonly string[], at: Date): Promise<number> {
  const _ = db.command;
  const { updated } = await db.collection(NOTICES).where({ _id: _.in([...ids]), openid, readAt: null }).update({ readAt: at });
  return updated ?? 0;
}
