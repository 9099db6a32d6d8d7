import { startBackendForFile } from './harness';
import { code, daughterProfile, grantFamily, motherProfile, rid, SHILONGHU, STAFF } from './contract-fixtures';

const backend = startBackendForFile();

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';

/** The rule that must always hold, read straight from the database. */
function expectOneOfEach(residentId: string) {
  const db = backend.emulator.db;
  const active = db.count('contracts', { residentId, status: 'active' });
  const waiting = db.count('contracts', { residentId, status: { $in: ['pending_review', 'scheduled'] } });
  expect(active).toBeLessThanOrEqual(1);
  expect(waiting).toBeLessThanOrEqual(1);
  const slots = db.find('contractSlots', { residentId });
  expect(slots.filter((s) => String(s._id).startsWith('active:'))).toHaveLength(active);
  expect(slots.filter((s) => String(s._id).startsWith('next:'))).toHaveLength(waiting);
  return { active, waiting };
}

describe('one application at a time, under any concurrency', () => {
  let residentId: string;
  beforeAll(async () => {
    residentId = await motherProfile(backend);
    await daughterProfile(backend);
    await grantFamily(backend, DAUGHTER, MOTHER, ['view', 'sign']);
  });

  it('keeps exactly one of 20 applications sent at the same time by her and her daughter', async () => {
    const input = { residentId, teamId: SHILONGHU, packageCodes: ['chronic' as const] };
    const [own, family] = await Promise.all([
      backend.ok(MOTHER, 'contract.preview', input),
      backend.ok(DAUGHTER, 'contract.preview', input),
    ]);
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const [who, hash] = i % 2 === 0 ? [MOTHER, own.hash] : [DAUGHTER, family.hash];
        return backend.call(who, 'contract.apply', { ...input, agreementHash: hash }, rid(`race${i}`));
      }),
    );
    const codes = replies.map(code);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
    expect(backend.emulator.db.count('contracts', { residentId, status: 'pending_review' })).toBe(1);
    expect(expectOneOfEach(residentId)).toEqual({ active: 0, waiting: 1 });
  });

  it('approves at most once when the team taps 通过 ten times at once while she withdraws, and her withdrawal always holds', async () => {
    const [pending] = backend.emulator.db.find('contracts', { residentId, status: 'pending_review' });
    const contractId = String(pending._id);
    const replies = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => backend.call(STAFF, 'contract.review', { contractId, decision: 'approve' }, rid(`approve${i}`))),
      backend.call(MOTHER, 'contract.cancel', { contractId, reason: '想再考虑一下' }, rid('withdraw')),
    ]);
    const approvals = replies.slice(0, 10).filter((r) => r.ok).length;
    expect(approvals).toBeLessThanOrEqual(1);
    expect(replies[10].ok).toBe(true);
    const [after] = backend.emulator.db.find('contracts', { _id: contractId });
    // Withdrawn before any approval, or approved once and then ended by her (解约).
    expect(after.status).toBe(approvals === 0 ? 'withdrawn' : 'cancelled');
    expectOneOfEach(residentId);
  });

  it('ends with one contract in effect however often it is signed and approved in a row', async () => {
    for (let round = 0; round < 3; round += 1) {
      const mine = await backend.ok(MOTHER, 'contract.mine', { residentId });
      if (mine.current) await backend.ok(MOTHER, 'contract.cancel', { contractId: mine.current.id, reason: '重新签约测试' }, rid());
      const input = { residentId, teamId: SHILONGHU, packageCodes: [] };
      const { hash } = await backend.ok(MOTHER, 'contract.preview', input);
      const replies = await Promise.all(Array.from({ length: 5 }, (_, i) => backend.call(MOTHER, 'contract.apply', { ...input, agreementHash: hash }, rid(`round${round}-${i}`))));
      const winner = replies.find((r) => r.ok)!;
      expect(winner.ok).toBe(true);
      if (winner.ok) await backend.ok(STAFF, 'contract.review', { contractId: winner.data.id, decision: 'approve' }, rid());
      expect(expectOneOfEach(residentId)).toEqual({ active: 1, waiting: 0 });
    }
  });

  it('answers five copies of one request, sent at once, with one application', async () => {
    const mine = await backend.ok(MOTHER, 'contract.mine', { residentId });
    await backend.ok(MOTHER, 'contract.cancel', { contractId: mine.current!.id, reason: '测试重复提交' }, rid());
    const input = { residentId, teamId: SHILONGHU, packageCodes: [] };
    const { hash } = await backend.ok(MOTHER, 'contract.preview', input);
    const requestId = rid('same');
    const replies = await Promise.all(Array.from({ length: 5 }, () => backend.call(MOTHER, 'contract.apply', { ...input, agreementHash: hash }, requestId)));
    const ids = new Set(replies.filter((r) => r.ok).map((r) => (r.ok ? r.data.id : '')));
    expect(ids.size).toBe(1);
    for (const r of replies) if (!r.ok) expect(r.error.code).toBe('CONFLICT');
    expect(backend.emulator.db.count('contracts', { residentId, status: 'pending_review' })).toBe(1);
    expectOneOfEach(residentId);
  });
});
