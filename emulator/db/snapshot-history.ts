import type { StoredRow } from './stored-row';

/** The committed state of one document just before a write replaced it at version `replacedAt`. */
interface Before {
  coll: string;
  key: string;
  /** null: the document did not exist. */
  row: StoredRow | null;
  replacedAt: number;
}

const refOf = (coll: string, key: string): string => `${coll}\u0000${key}`;

/**
 * Earlier versions of documents, kept while a transaction may still need them: a transaction reads
 * the committed state as of its snapshot (a store version), as MongoDB's snapshot isolation does, so
 * every write made while a snapshot is live records what it replaced. Entries are in version order.
 */
export class SnapshotHistory {
  /** Set while some live transaction holds a snapshot; only then are writes recorded. */
  active = false;
  private log: Before[] = [];
  private readonly byRef = new Map<string, Before[]>();

  record(coll: string, key: string, row: StoredRow | null, replacedAt: number): void {
    const entry = { coll, key, row, replacedAt };
    this.log.push(entry);
    const ref = refOf(coll, key);
    const list = this.byRef.get(ref);
    if (list) list.push(entry);
    else this.byRef.set(ref, [entry]);
  }

  /** A position to return to if the writes that follow are rolled back. */
  mark(): number {
    return this.log.length;
  }

  /** Forgets the entries recorded after `mark` (their SQLite transaction rolled back). */
  rollback(mark: number): void {
    while (this.log.length > mark) {
      const entry = this.log.pop()!;
      const ref = refOf(entry.coll, entry.key);
      const list = this.byRef.get(ref)!;
      list.pop();
      if (list.length === 0) this.byRef.delete(ref);
    }
  }

  /**
   * The document as of `snapshot`: a row, null (absent), or undefined when nothing replaced it since
   * (the current row is the snapshot's).
   */
  at(coll: string, key: string, snapshot: number): StoredRow | null | undefined {
    const list = this.byRef.get(refOf(coll, key));
    if (!list) return undefined;
    for (const entry of list) if (entry.replacedAt > snapshot) return entry.row;
    return undefined;
  }

  /** Every document of `coll` written after `snapshot`, with its state as of the snapshot. */
  changedSince(coll: string, snapshot: number): Map<string, StoredRow | null> {
    const out = new Map<string, StoredRow | null>();
    for (let i = this.log.length - 1; i >= 0 && this.log[i].replacedAt > snapshot; i--) {
      const entry = this.log[i];
      if (entry.coll === coll) out.set(entry.key, entry.row);
    }
    return out;
  }

  /** Drops what no live snapshot can need: everything at or below `oldest`, or all when none is live. */
  prune(oldest: number | null): void {
    this.active = oldest !== null;
    if (oldest === null) {
      this.log = [];
      this.byRef.clear();
      return;
    }
    let n = 0;
    while (n < this.log.length && this.log[n].replacedAt <= oldest) {
      const entry = this.log[n++];
      const ref = refOf(entry.coll, entry.key);
      const list = this.byRef.get(ref)!;
      list.shift();
      if (list.length === 0) this.byRef.delete(ref);
    }
    if (n > 0) this.log = this.log.slice(n);
  }
}
