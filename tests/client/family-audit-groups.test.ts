import { groupAuditEntries } from '../../client/src/packages/family/lib/audit-groups';
import type { AuditEntry } from '../../shared/api/guardianship';

const entry = (id: string, at: string, over: Partial<AuditEntry> = {}): AuditEntry => ({
  id, at, actorKind: 'guardian', actorLabel: '王敏（子女）', action: 'resident.getProfile', actionLabel: '查看健康档案', allowed: true, ...over,
});

describe('the access record for reading', () => {
  it('collapses the same person doing the same thing on the same China day into one line, keeping every entry', () => {
    const entries = [
      entry('a', '2026-11-30T11:00:00.000Z'),
      entry('b', '2026-11-30T09:00:00.000Z'),
      entry('c', '2026-11-29T17:00:00.000Z'), // 01:00 on 30 November in China: the same local day
      entry('d', '2026-11-29T15:00:00.000Z'), // 23:00 on 29 November in China: the day before
      entry('e', '2026-11-29T14:00:00.000Z', { allowed: false }),
      entry('f', '2026-11-29T13:00:00.000Z', { actorLabel: '张毅（家庭医生团队）' }),
    ];
    const groups = groupAuditEntries(entries);
    expect(groups.map((g) => g.entries.map((e) => e.id))).toEqual([['a', 'b', 'c'], ['d'], ['e'], ['f']]);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(entries.length);
  });
});
