import crypto from 'node:crypto';
import type { EmulatorDatabase } from '../db';

/**
 * What WeChat itself keeps for one-time subscribe messages: each "accept" in
 * `wx.requestSubscribeMessage` grants one send of that template to that user.
 */
export const QUOTA_COLLECTION = 'wxSubscribeQuota';
/** Every message WeChat would have delivered, for screens and tests to read. */
export const OUTBOX_COLLECTION = 'outbox';
/** WeChat's own lookups: each send finds the person's quota by openid (not a product collection). */
export const WX_INDEXES = [{ collection: QUOTA_COLLECTION, field: 'openid' }];

export interface WxReply {
  errcode: number;
  errmsg: string;
  msgid?: string;
}

export class SubscribeMessages {
  constructor(
    private readonly db: EmulatorDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    db.ensureCollection(QUOTA_COLLECTION);
    db.ensureCollection(OUTBOX_COLLECTION);
  }

  /** Simulates the user tapping "allow" for each template: one more send each. */
  grant(openid: string, templateIds: string[]): Record<string, 'accept'> {
    const result: Record<string, 'accept'> = {};
    for (const templateId of templateIds) {
      const query = { openid, templateId };
      const updated = this.db.updateMany(QUOTA_COLLECTION, query, { $inc: { remaining: 1 } });
      if (updated === 0) this.db.insert(QUOTA_COLLECTION, [{ ...query, remaining: 1 }]);
      result[templateId] = 'accept';
    }
    return result;
  }

  remaining(openid: string, templateId: string): number {
    const [doc] = this.db.find(QUOTA_COLLECTION, { openid, templateId });
    return doc ? Number(doc.remaining) : 0;
  }

  /** `POST /cgi-bin/message/subscribe/send`, answered as WeChat does. */
  send(request: unknown): WxReply {
    const body = (request ?? {}) as Record<string, unknown>;
    const touser = body.touser;
    const templateId = body.template_id;
    if (typeof touser !== 'string' || touser === '') return { errcode: 40003, errmsg: 'invalid openid' };
    if (typeof templateId !== 'string' || templateId === '') return { errcode: 40037, errmsg: 'invalid template_id' };
    if (body.data === null || typeof body.data !== 'object') return { errcode: 47003, errmsg: 'argument invalid! data is empty' };
    const taken = this.db.updateMany(
      QUOTA_COLLECTION,
      { openid: touser, templateId, remaining: { $gt: 0 } },
      { $inc: { remaining: -1 } },
    );
    if (taken === 0) return { errcode: 43101, errmsg: 'user refuse to accept the msg' };
    const msgid = crypto.randomBytes(8).toString('hex');
    this.db.insert(OUTBOX_COLLECTION, [
      {
        msgid,
        touser,
        templateId,
        page: typeof body.page === 'string' ? body.page : '',
        data: body.data,
        state: typeof body.miniprogram_state === 'string' ? body.miniprogram_state : 'formal',
        sentAt: this.now(),
      },
    ]);
    return { errcode: 0, errmsg: 'ok', msgid };
  }
}
