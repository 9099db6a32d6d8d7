import { collectionOf } from '../collections';
import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { isDbError } from '../errors';
import type { SubscribeTemplateKey } from '../../../shared/config/subscribe-templates';

export const SUBSCRIPTIONS = 'subscriptions';

/**
 * The product's own count, per openid and template, of one-time subscriptions the user accepted and
 * no message has spent yet. WeChat keeps the real quota and tells us nothing about it until a send
 * fails with 43101; this count lets a screen say how many messages are left and spares calls that
 * would fail. The last refusal WeChat gave is kept beside it.
 */
export interface SubscriptionDoc {
  _id: string;
  openid: string;
  template: SubscribeTemplateKey;
  remaining: number;
  lastErrcode: number | null;
  lastErrorAt: Date | null;
  updatedAt: Date;
}

/** The `_id` of one person's count of one template. */
export const subscriptionId = (openid: string, template: SubscribeTemplateKey) =>
  `sb_${crypto.createHash('sha256').update(`${openid}\n${template}`).digest('hex').slice(0, 24)}`;

export class SubscriptionRepository {
  constructor(private readonly db: Database) {}

  /** One more message of each template, as each accepted template in `requestSubscribeMessage` grants. */
  async grant(openid: string, templates: readonly SubscribeTemplateKey[], now: Date): Promise<void> {
    for (const template of templates) {
      const _id = subscriptionId(openid, template);
      if (await this.bump(_id, 1, now)) continue;
      try {
        await collectionOf(this.db, SUBSCRIPTIONS).add({ _id, openid, template, remaining: 1, lastErrcode: null, lastErrorAt: null, updatedAt: now });
      } catch (err) {
        // Two grants at once: the other one created it, so count this one on top.
        if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
        await this.bump(_id, 1, now);
      }
    }
  }

  /** What is left for each template the person has ever accepted. */
  async remaining(openid: string): Promise<Partial<Record<SubscribeTemplateKey, number>>> {
    const { data } = await collectionOf(this.db, SUBSCRIPTIONS).where({ openid }).limit(100).get();
    return Object.fromEntries((data as SubscriptionDoc[]).map((d) => [d.template, d.remaining]));
  }

  /** Spends one, if one is left; false when none is. Safe under concurrent sends. */
  async take(openid: string, template: SubscribeTemplateKey, now: Date): Promise<boolean> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, SUBSCRIPTIONS)
      .where({ _id: subscriptionId(openid, template), remaining: _.gt(0) })
      .update({ remaining: _.inc(-1), updatedAt: now });
    return (updated ?? 0) > 0;
  }

  /**
   * Spends one for each of `openids` (an openid listed twice spends two), for a batch of sends: one
   * conditional update per round over all the counts, each stamped with this batch's `token` under
   * its own key so concurrent batches never see each other's stamps, then the stamped counts read
   * back. Returns how many were spent per openid (fewer than asked when the count ran out).
   */
  async takeMany(openids: readonly string[], template: SubscribeTemplateKey, token: string, now: Date): Promise<Map<string, number>> {
    const _ = this.db.command;
    const wanted = new Map<string, number>();
    for (const o of openids) wanted.set(o, (wanted.get(o) ?? 0) + 1);
    const spent = new Map<string, number>();
    const byId = new Map([...wanted.keys()].map((o) => [subscriptionId(o, template), o]));
    for (let round = 1; ; round += 1) {
      // Round r asks again only those who want r or more and got one in every earlier round.
      const asking = [...wanted].filter(([o, n]) => n >= round && (spent.get(o) ?? 0) === round - 1);
      if (asking.length === 0) return spent;
      const stamp = `spends.${token}r${round}`;
      for (let i = 0; i < asking.length; i += 500) {
        const ids = asking.slice(i, i + 500).map(([o]) => subscriptionId(o, template));
        await collectionOf(this.db, SUBSCRIPTIONS)
          .where({ _id: _.in(ids), remaining: _.gt(0) })
          .update({ remaining: _.inc(-1), [stamp]: 1, updatedAt: now });
        const { data } = await collectionOf(this.db, SUBSCRIPTIONS).where({ _id: _.in(ids), [stamp]: 1 }).field({ _id: true }).limit(1000).get();
        const took = (data as { _id: string }[]).map((d) => d._id);
        for (const id of took) spent.set(byId.get(id)!, round);
        if (took.length > 0) await collectionOf(this.db, SUBSCRIPTIONS).where({ _id: _.in(took) }).update({ [stamp]: _.remove() });
      }
    }
  }

  /** Gives back one taken for a send that did not go out for a reason other than the quota. */
  async giveBack(openid: string, template: SubscribeTemplateKey, now: Date): Promise<void> {
    await this.bump(subscriptionId(openid, template), 1, now);
  }

  /** Records WeChat's refusal; 43101 (no subscription left) also sets the count to zero, as WeChat knows best. */
  async recordRefusal(openid: string, template: SubscribeTemplateKey, errcode: number, exhausted: boolean, now: Date): Promise<void> {
    const _id = subscriptionId(openid, template);
    const changes = { lastErrcode: errcode, lastErrorAt: now, updatedAt: now, ...(exhausted ? { remaining: 0 } : {}) };
    const { updated } = await collectionOf(this.db, SUBSCRIPTIONS).where({ _id }).update(changes);
    if ((updated ?? 0) > 0) return;
    try {
      await collectionOf(this.db, SUBSCRIPTIONS).add({ _id, openid, template, remaining: 0, ...changes });
    } catch (err) {
      if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
    }
  }

  private async bump(id: string, by: number, now: Date): Promise<boolean> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, SUBSCRIPTIONS).where({ _id: id }).update({ remaining: _.inc(by), updatedAt: now });
    return (updated ?? 0) > 0;
  }
}
