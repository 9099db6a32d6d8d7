import fs from 'node:fs';
import path from 'node:path';
import { AuditLog, type AuditDoc } from '../../cloudfunctions/core/audit/audit-log';
import type { Database } from '../../cloudfunctions/core/cloudbase';
import { isPermission, PERMISSIONS } from '../../shared/policy/permissions';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

describe('every audited access is decided by a row of the policy table', () => {
  it('names only policy permissions wherever the functions pass a permission', () => {
    const named = sources('cloudfunctions').flatMap((file) =>
      [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/permission: '([^']+)'/g)].map((m) => ({ file, permission: m[1] })),
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((n) => !isPermission(n.permission))).toEqual([]);
  });

  it('refuses to record an entry whose permission is not in the table, writing nothing', async () => {
    const added: unknown[] = [];
    const db = { collection: () => ({ add: async (doc: unknown) => void added.push(doc) }) } as unknown as Database;
    const entry: AuditDoc = {
      residentId: 'r1',
      actorOpenid: 'o1',
      actorKind: 'staff',
      actorLabel: '张毅',
      action: 'contract.review',
      permission: 'contract.peek' as never,
      allowed: true,
      reason: null,
      at: new Date(),
    };
    await expect(new AuditLog(db).record(entry)).rejects.toThrow('names no policy permission');
    await new AuditLog(db).record({ ...entry, permission: 'contract.review' });
    expect(added).toHaveLength(1);
  });

  it('takes the action name from the handler context: no handler spells its own action again', () => {
    const retyped = sources('cloudfunctions').flatMap((file) => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const own = /Handler<'([a-z]+\.[A-Za-z]+)'>/.exec(text)?.[1];
      return own && (text.includes(`action: '${own}'`) || text.includes(`once(ctx, '${own}'`)) ? [file] : [];
    });
    expect(retyped).toEqual([]);
  });

  it('has a row for review and consent verification', () => {
    expect(Object.keys(PERMISSIONS)).toEqual(expect.arrayContaining(['contract.review', 'access.verify', 'access.request', 'profile.create']));
  });
});
