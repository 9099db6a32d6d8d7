import { collectionOf } from '../collections';
import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import type { Notice } from '../../../shared/api/contract';

export const NOTICES = 'notices';

/** An in-app notice (站内通知), kept for each person told. */
export interface NoticeDoc {
  _id: string;
  openid: string;
  residentId: string;
  /** The contract the notice is about, when it is about one. */
  contractId: string | null;
  /** The family request or consent the notice is about, when it is about one. */
  guardianshipId?: string | null;
  kind: Notice['kind'];
  title: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

export type NoticeText = Pick<NoticeDoc, 'kind' | 'title' | 'body'>;

/** The message centre: write, list unread, mark read. Each person reads only their own. */
export class NoticeRepository {
  constructor(private readonly db: Database) {}

  /** One notice per recipient, written together. */
  async add(
    openids: readonly string[],
    about: { residentId: string; contractId: string | null; guardianshipId?: string | null },
    text: NoticeText,
    now: Date,
  ): Promise<NoticeDoc[]> {
    const docs: NoticeDoc[] = openids.map((openid) => ({
      _id: `nt_${crypto.randomBytes(12).toString('hex')}`,
      openid,
      residentId: about.residentId,
      contractId: about.contractId,
      guardianshipId: about.guardianshipId ?? null,
      ...text,
      createdAt: now,
      readAt: null,
    }));
    if (docs.length > 0) await collectionOf(this.db, NOTICES).add(docs);
    return docs;
  }

  /** The person's unread notices, newest first. */
  async unread(openid: string, limit: number): Promise<NoticeDoc[]> {
    const { data } = await collectionOf(this.db, NOTICES).where({ openid, readAt: null }).orderBy('createdAt', 'desc').limit(limit).get();
    return data as NoticeDoc[];
  }

  /** The person's notices, read or not, newest first: the message centre. */
  async recent(openid: string, limit: number): Promise<NoticeDoc[]> {
    const { data } = await collectionOf(this.db, NOTICES).where({ openid }).orderBy('createdAt', 'desc').limit(limit).get();
    return data as NoticeDoc[];
  }

  /** How many of the person's notices are unread, for the badge. */
  async countUnread(openid: string): Promise<number> {
    const { total } = await collectionOf(this.db, NOTICES).where({ openid, readAt: null }).count();
    return total ?? 0;
  }

  /** Marks the person's own notices read; others' ids are ignored. Returns how many changed. */
  async markRead(openid: string, ids: readonly string[], at: Date): Promise<number> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, NOTICES).where({ _id: _.in([...ids]), openid, readAt: null }).update({ readAt: at });
    return updated ?? 0;
  }
}

export function toNotice(doc: NoticeDoc): Notice {
  return {
    id: doc._id,
    residentId: doc.residentId,
    contractId: doc.contractId,
    guardianshipId: doc.guardianshipId ?? null,
    kind: doc.kind,
    title: doc.title,
    body: doc.body,
    createdAt: new Date(doc.createdAt).toISOString(),
    read: doc.readAt !== null,
  };
}
