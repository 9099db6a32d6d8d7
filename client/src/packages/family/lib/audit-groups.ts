import type { AuditEntry } from '@shared/api/guardianship';
import { localDay } from '@shared/resident/age';

/** Entries of one person doing one thing on one China day with one outcome, newest first. */
export interface AuditGroup {
  key: string;
  entries: AuditEntry[];
}

/**
 * Collapses repeats for reading: neighbouring entries (the list is newest first) by the same person,
 * of the same action and outcome, on the same local day, become one group. Nothing is dropped: each
 * group keeps all its entries.
 */
export function groupAuditEntries(entries: readonly AuditEntry[]): AuditGroup[] {
  const groups: AuditGroup[] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    const head = last?.entries[0];
    const same = head && head.actorLabel === e.actorLabel && head.action === e.action && head.allowed === e.allowed && localDay(new Date(head.at)) === localDay(new Date(e.at));
    if (same) last.entries.push(e);
    else groups.push({ key: e.id, entries: [e] });
  }
  return groups;
}
