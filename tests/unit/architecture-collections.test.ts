import fs from 'node:fs';
import path from 'node:path';
import { collectionOf } from '../../cloudfunctions/core/collections';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/**
 * Modules that are the repository of their collection without the `-repository.ts` name: the audit
 * log (auditLog), the idempotency record (requests), the attempt counter (attempts), and the
 * transaction helper the contract repository reads through.
 */
const REPOSITORY_MODULES = [
  'cloudfunctions/core/audit/audit-log.ts',
  'cloudfunctions/core/idempotency.ts',
  'cloudfunctions/core/attempt-limiter.ts',
  'cloudfunctions/core/contracts/transaction.ts',
];
const isRepository = (file: string) => file.endsWith('-repository.ts') || REPOSITORY_MODULES.includes(file);

const uses = (pattern: RegExp) =>
  sources('cloudfunctions').flatMap((file) => {
    const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
    return lines.flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}`] : []));
  });

describe('every collection is read and written through its repository', () => {
  it('calls the SDK’s .collection() nowhere but in the one typed accessor', () => {
    expect(uses(/\.collection\(/).filter((at) => !at.startsWith('cloudfunctions/core/collections.ts:'))).toEqual([]);
  });

  it('reaches a collection only from repository modules', () => {
    const calls = uses(/collectionOf\(/).filter((at) => !at.startsWith('cloudfunctions/core/collections.ts:'));
    expect(calls.length).toBeGreaterThan(20);
    expect(calls.filter((at) => !isRepository(at.split(':')[0]))).toEqual([]);
  });

  it('names each collection with a declared CollectionName (the compiler refuses any other)', () => {
    const db = { collection: (name: string) => `collection ${name}` };
    // @ts-expect-error 'notes' is not one of COLLECTIONS; if this compiles, the name is no longer checked.
    expect(collectionOf(db, 'notes')).toBe('collection notes');
    expect(collectionOf(db, 'notices')).toBe('collection notices');
  });
});
