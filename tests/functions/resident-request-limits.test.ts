import { startBackend, type Backend } from './harness';
import { addTestGrids, IDS, ligl } from './resident-fixtures';
import { withCheckChar } from '../../shared/resident/id-number';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  addTestGrids(backend);
  await backend.ok('o-resident-ligl', 'resident.createProfile', ligl());
});
afterAll(() => backend.close());

/** ID numbers that pass the checksum but belong to nobody: what someone guessing would try. */
const guess = (n: number) => withCheckChar(`53011419460308${String(100 + n)}`);

describe('looking a relative up by name and ID number', () => {
  it('stops a caller after five failed look-ups in an hour, even when the sixth would match', async () => {
    const guesser = 'o-guesser';
    for (let i = 0; i < 5; i += 1) {
      const miss = await backend.call(guesser, 'resident.requestAccess', { name: '李桂兰', idNumber: guess(i), relation: 'parent', scopes: ['view'] });
      expect(miss).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    const before = backend.emulator.db.count('guardianships', {});
    const blocked = await backend.call(guesser, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes: ['view'] });
    expect(blocked).toEqual({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: '核对失败次数过多，请1小时后再试' } });
    expect(backend.emulator.db.count('guardianships', {})).toBe(before);
  });

  it('counts failures per caller, so someone else can still find their relative', async () => {
    const daughter = 'o-resident-wangmin';
    const miss = await backend.call(daughter, 'resident.requestAccess', { name: '李桂兰', idNumber: guess(9), relation: 'child', scopes: ['view'] });
    expect(miss).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const found = await backend.ok(daughter, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.ligl, relation: 'child', scopes: ['view'] });
    expect(found.status).toBe('pending');
  });

  it('does not count successful look-ups against the caller', async () => {
    const [attempts] = backend.emulator.db.find('attempts', { openid: 'o-resident-wangmin' });
    expect(attempts.count).toBe(1);
  });
});

describe('creating a profile with a number that is already registered', () => {
  it('counts towards the same hourly limit as look-ups, so it cannot be used to test numbers instead', async () => {
    const prober = 'o-id-prober';
    const taken = (n: number) => ({ ...ligl({ subject: 'relative', relation: 'parent', scopes: ['view'] }), phone: `1398765${String(1000 + n)}` });
    for (let i = 0; i < 3; i += 1) {
      const miss = await backend.call(prober, 'resident.requestAccess', { name: '李桂兰', idNumber: guess(20 + i), relation: 'parent', scopes: ['view'] });
      expect(miss).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    for (let i = 0; i < 2; i += 1) {
      expect(await backend.call(prober, 'resident.createProfile', taken(i))).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'idNumber' } });
    }
    const before = { residents: backend.emulator.db.count('residents', {}), guardianships: backend.emulator.db.count('guardianships', {}) };
    const blocked = await backend.call(prober, 'resident.createProfile', taken(3));
    expect(blocked).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    const fresh = await backend.call(prober, 'resident.createProfile', { ...taken(4), idNumber: guess(40), name: '李秀英' });
    expect(fresh).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(backend.emulator.db.count('residents', {})).toBe(before.residents);
    expect(backend.emulator.db.count('guardianships', {})).toBe(before.guardianships);
  });
});
