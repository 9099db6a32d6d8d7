import { startBackend, type Backend } from './harness';
import { addTestGrids, childBorn, fullIdPattern, GRID_SHILONGHU, IDS, ligl, stranger, wangmin } from './resident-fixtures';
import { revealIdNumber } from '../../cloudfunctions/core/residents/id-protection';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  addTestGrids(backend);
});
afterAll(() => backend.close());

const residents = () => backend.emulator.db.find('residents', {});

describe('creating one’s own profile', () => {
  it('stores the profile with the ID number encrypted and answers with it masked and classified', async () => {
    const { profile, guardianship } = await backend.ok('o-resident-ligl', 'resident.createProfile', ligl());
    expect(guardianship).toBeNull();
    expect(profile).toMatchObject({
      name: '李桂兰',
      gender: 'female',
      birthDate: '1946-03-08',
      idNumberMasked: `5301*************${IDS.ligl.slice(-1)}`,
      hasOwnAccount: true,
      classification: { priorityGroups: ['elderly', 'chronic'], managementCategory: 'key_population', elderlyRisk: 'red' },
      viewer: { as: 'self', scopes: ['view', 'book', 'sign', 'reminders'] },
    });
    expect(profile!.age).toBeGreaterThanOrEqual(80);

    const [stored] = backend.emulator.db.find('residents', { ownerOpenid: 'o-resident-ligl' });
    expect(JSON.stringify(stored)).not.toMatch(fullIdPattern());
    expect(stored.idCipher).toMatch(/^v1\./);
    expect(revealIdNumber(String(stored._id), String(stored.idCipher))).toBe(IDS.ligl);
    expect(() => revealIdNumber('rs_another', String(stored.idCipher))).toThrow();
  });

  it('allows one own profile per account and one profile per ID number, also when requests race', async () => {
    const again = await backend.call('o-resident-ligl', 'resident.createProfile', ligl({ idNumber: IDS.stranger, name: '赵强', gender: 'male', birthDate: '1990-01-01' }));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'subject' } });

    const racers = await Promise.all(
      ['o-race-1', 'o-race-2', 'o-race-3', 'o-race-4'].map((o) => backend.call(o, 'resident.createProfile', stranger())),
    );
    expect(racers.filter((r) => r.ok)).toHaveLength(1);
    for (const r of racers.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'idNumber' } });
    expect(backend.emulator.db.count('residents', { name: '赵强' })).toBe(1);
  });

  it('makes one profile when a create is retried with the same request id', async () => {
    const first = await backend.ok('o-resident-wangmin', 'resident.createProfile', wangmin(), 'retry-create-0001');
    const second = await backend.ok('o-resident-wangmin', 'resident.createProfile', wangmin(), 'retry-create-0001');
    expect(second.profile!.id).toBe(first.profile!.id);
    expect(backend.emulator.db.count('residents', { name: '王敏' })).toBe(1);
    expect(JSON.stringify(backend.emulator.db.find('requests', {}))).not.toMatch(fullIdPattern());
  });

  it('refuses an own profile for a child under 14 and asks a parent to make it', async () => {
    const child = childBorn(13, 200);
    const reply = await backend.call('o-kid', 'resident.createProfile', {
      ...stranger(),
      name: '李小雨',
      gender: 'female',
      ...child,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', field: 'subject' } });
  });

  it('answers each wrong field with a Chinese message naming it and stores nothing', async () => {
    const before = residents().length;
    const cases: [Record<string, unknown>, string][] = [
      [{ idNumber: IDS.ligl.slice(0, 17) + (IDS.ligl[17] === '1' ? '2' : '1') }, 'idNumber'],
      [{ birthDate: '1946-03-09' }, 'birthDate'],
      [{ gender: 'male' }, 'gender'],
      [{ phone: '12345' }, 'phone'],
      [{ gridId: 'grid-nowhere' }, 'gridId'],
      [{ subject: 'relative', relation: 'parent', gridId: null }, 'gridId'],
    ];
    for (const [over, field] of cases) {
      const reply = await backend.call('o-form-errors', 'resident.createProfile', { ...ligl(), ...over });
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
      if (!reply.ok) expect(reply.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const born = childBorn(0, -3);
    const future = await backend.call('o-form-errors', 'resident.createProfile', { ...ligl(), ...born, subject: 'relative', relation: 'child' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'idNumber', message: '身份证号码中的出生日期不正确' } });
    expect(residents()).toHaveLength(before);
  });
});

describe('changing a profile', () => {
  it('lets the resident change contact and health facts and recomputes the classification', async () => {
    const mine = (await backend.ok('o-resident-wangmin', 'resident.listMine', {})).self!;
    expect(mine.classification.managementCategory).toBe('healthy');
    const updated = await backend.ok('o-resident-wangmin', 'resident.updateProfile', {
      residentId: mine.id,
      riskFactors: ['poor_sleep'],
      gridId: GRID_SHILONGHU,
    });
    expect(updated).toMatchObject({ riskFactors: ['poor_sleep'], gridId: GRID_SHILONGHU, classification: { managementCategory: 'sub_health' } });
    const withBaby = await backend.call('o-resident-wangmin', 'resident.updateProfile', { residentId: mine.id, pregnancy: { dueDate: '2001-01-01' } });
    expect(withBaby).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'pregnancy.dueDate' } });
  });

  it('refuses a pregnancy for a woman of 80, whose form does not ask about it, and writes nothing', async () => {
    const [mother] = backend.emulator.db.find('residents', { name: '李桂兰' });
    const reply = await backend.call(String(mother.ownerOpenid), 'resident.updateProfile', { residentId: String(mother._id), pregnancy: { dueDate: '2027-01-01' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'pregnancy', message: '孕产情况只适用于12至55岁的女性' } });
    expect(backend.emulator.db.find('residents', { _id: mother._id })[0].pregnancy).toBeNull();
  });

  it('refuses a pregnancy on a man’s profile', async () => {
    const [man] = backend.emulator.db.find('residents', { name: '赵强' });
    const reply = await backend.call(String(man.ownerOpenid), 'resident.updateProfile', { residentId: String(man._id), pregnancy: { dueDate: '2027-01-01' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'pregnancy' } });
  });
});
