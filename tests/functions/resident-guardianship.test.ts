import { startBackend, type Backend } from './harness';
import { addTestGrids, ALL_SCOPES, childBorn, GRID_SHILONGHU, IDS, ligl, verifyIdentity, wangmin } from './resident-fixtures';
import { withCheckChar } from '../../shared/resident/id-number';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  addTestGrids(backend);
});
afterAll(() => backend.close());

const DAUGHTER = 'o-resident-wangmin';
const MOTHER = 'o-resident-ligl';
const STAFF = 'o-staff-zhangyi';
const OTHER_STAFF = 'o-staff-yangli';

const code = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'OK' : reply.error!.code);

describe('a relative with WeChat: request, accept with chosen scopes, revoke', () => {
  let residentId: string;
  let guardianshipId: string;

  beforeAll(async () => {
    residentId = (await backend.ok(MOTHER, 'resident.createProfile', ligl())).profile!.id;
    await verifyIdentity(backend, MOTHER, { name: '李桂兰', idNumber: IDS.ligl });
    await backend.ok(DAUGHTER, 'resident.createProfile', wangmin());
  });

  it('finds the relative only by matching name and ID number', async () => {
    const wrongName = await backend.call(DAUGHTER, 'resident.requestAccess', { name: '李桂芬', idNumber: IDS.ligl, relation: 'parent', scopes: ['view'] });
    expect(wrongName).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'idNumber' } });
    const own = await backend.call(DAUGHTER, 'resident.requestAccess', { name: '王敏', idNumber: IDS.wangmin, relation: 'parent', scopes: ['view'] });
    expect(own).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('sends a request the relative sees, and that gives nothing until accepted', async () => {
    const g = await backend.ok(DAUGHTER, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes: ['view', 'book', 'reminders'] });
    guardianshipId = g.id;
    expect(g).toMatchObject({ status: 'pending', consentRoute: 'in_app', requestedScopes: ['view', 'book', 'reminders'], effectiveScopes: [], nextChange: null });
    const again = await backend.call(DAUGHTER, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes: ['view'] });
    expect(code(again)).toBe('CONFLICT');

    const mine = await backend.ok(MOTHER, 'resident.listMine', {});
    expect(mine.guardians).toEqual([expect.objectContaining({ id: g.id, guardianName: '王敏', status: 'pending' })]);
    expect(code(await backend.call(DAUGHTER, 'resident.getProfile', { residentId }))).toBe('FORBIDDEN');
  });

  it('lets only the relative answer, within the scopes asked for', async () => {
    expect(code(await backend.call(DAUGHTER, 'resident.respondToRequest', { guardianshipId, accept: true, scopes: ['view'] }))).toBe('FORBIDDEN');
    const tooMuch = await backend.call(MOTHER, 'resident.respondToRequest', { guardianshipId, accept: true, scopes: ['view', 'sign'] });
    expect(tooMuch).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'scopes' } });
    const accepted = await backend.ok(MOTHER, 'resident.respondToRequest', { guardianshipId, accept: true, scopes: ['view', 'book'] });
    expect(accepted).toMatchObject({ status: 'active', effectiveScopes: ['view', 'book'], residentConsent: { scopes: ['view', 'book'], method: 'in_app', current: true } });
    const expires = new Date(accepted.residentConsent!.expiresAt);
    const at = new Date(accepted.residentConsent!.at);
    expect(expires.getUTCFullYear() - at.getUTCFullYear()).toBe(1);
    expect(accepted.nextChange).toEqual({ at: accepted.residentConsent!.expiresAt, scopes: [] });
  });

  it('then lets the daughter read her mother’s profile, not change it, and shows it in the mother’s access record', async () => {
    const profile = await backend.ok(DAUGHTER, 'resident.getProfile', { residentId });
    expect(profile).toMatchObject({ name: '李桂兰', viewer: { as: 'guardian', scopes: ['view', 'book'] } });
    const update = await backend.call(DAUGHTER, 'resident.updateProfile', { residentId, phone: '13900000000' });
    expect(update).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您没有“签约、续约和修改档案”的代管权限' } });

    const trail = await backend.ok(MOTHER, 'resident.auditTrail', { residentId });
    expect(trail.entries.slice(0, 3)).toEqual([
      expect.objectContaining({ actorKind: 'guardian', actorLabel: '王敏（子女）', action: 'resident.updateProfile', allowed: false }),
      expect.objectContaining({ actorLabel: '王敏（子女）', action: 'resident.getProfile', actionLabel: '查看健康档案', allowed: true }),
      expect.objectContaining({ action: 'resident.respondToRequest', actionLabel: '答复代管申请', allowed: false }),
    ]);
    expect(trail.entries.some((e) => e.action === 'resident.requestAccess')).toBe(true);
  });

  it('pages through the access record without losing or repeating entries', async () => {
    const all = (await backend.ok(MOTHER, 'resident.auditTrail', { residentId, limit: 50 })).entries.map((e) => e.id);
    const paged: string[] = [];
    let before: string | undefined;
    do {
      const page = await backend.ok(MOTHER, 'resident.auditTrail', { residentId, limit: 2, ...(before ? { before } : {}) });
      paged.push(...page.entries.map((e) => e.id));
      before = page.nextBefore ?? undefined;
    } while (before);
    expect(paged).toEqual(all);
  });

  it('ends access at once when the mother revokes it, and she can renew only while active', async () => {
    const renewed = await backend.ok(MOTHER, 'resident.renewConsent', { guardianshipId, scopes: ['view', 'book', 'reminders'] });
    expect(renewed.effectiveScopes).toEqual(['view', 'book', 'reminders']);
    const revoked = await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId });
    expect(revoked).toMatchObject({ status: 'revoked', effectiveScopes: [] });
    expect(await backend.call(DAUGHTER, 'resident.getProfile', { residentId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '代管授权已被撤销或未被同意，无法继续代办' },
    });
    expect(code(await backend.call(MOTHER, 'resident.renewConsent', { guardianshipId, scopes: ['view'] }))).toBe('CONFLICT');
  });

  it('lets the daughter ask again after a revocation, and the mother decline', async () => {
    const g = await backend.ok(DAUGHTER, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes: ['view'] });
    expect(g).toMatchObject({ id: guardianshipId, status: 'pending', requestedScopes: ['view'], residentConsent: null });
    const declined = await backend.ok(MOTHER, 'resident.respondToRequest', { guardianshipId, accept: false });
    expect(declined.status).toBe('declined');
  });
});

describe('a relative without WeChat: a managed profile checked in person', () => {
  let residentId: string;
  let guardianshipId: string;
  const SON = 'o-son-wangjun';
  const ZHANG_ID = withCheckChar('53011419500615002'); // 张秀英, female, 1950-06-15
  const mother = { ...ligl(), subject: 'relative' as const, relation: 'parent' as const, name: '张秀英', birthDate: '1950-06-15', idNumber: ZHANG_ID };

  beforeAll(async () => {
    const created = await backend.ok(DAUGHTER, 'resident.createProfile', { ...mother, scopes: ALL_SCOPES });
    expect(created.profile).toBeNull();
    guardianshipId = created.guardianship!.id;
    residentId = created.guardianship!.residentId;
  });

  it('lets the guardian only browse until a staff member checks consent', async () => {
    const mine = await backend.ok(DAUGHTER, 'resident.listMine', {});
    expect(mine.managed.find((g) => g.id === guardianshipId)).toMatchObject({ status: 'pending', consentRoute: 'in_person', residentName: '张秀英', effectiveScopes: [] });
    // Where to take her: the station of the team of the grid the daughter chose for her.
    expect(mine.verifyAt).toEqual([
      { guardianshipId, teamName: '呈贡区石龙湖社区家庭医生团队', teamPhone: '0871-67482316', station: expect.objectContaining({ name: '石龙湖社区卫生服务站', hours: expect.any(String) }) },
    ]);
    const reply = await backend.call(DAUGHTER, 'resident.getProfile', { residentId });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('只能浏览团队和服务包') } });
  });

  it('shows the request to staff of the resident’s grid team only', async () => {
    const list = await backend.ok(STAFF, 'resident.pendingConsents', {});
    expect(list.items).toEqual([
      expect.objectContaining({
        guardianship: expect.objectContaining({ id: guardianshipId, guardianName: '王敏', relation: 'parent' }),
        resident: expect.objectContaining({ name: '张秀英', idNumberMasked: expect.stringMatching(/^5301\*{10}/) }),
      }),
    ]);
    expect((await backend.ok(OTHER_STAFF, 'resident.pendingConsents', {})).items).toEqual([]);
    expect(code(await backend.call(DAUGHTER, 'resident.pendingConsents', {}))).toBe('FORBIDDEN');
    expect(code(await backend.call(OTHER_STAFF, 'resident.verifyConsent', { guardianshipId, idNumber: IDS.ligl, approve: true, scopes: ['view'] }))).toBe('FORBIDDEN');
  });

  it('checks the ID card again, then records the resident’s own consent', async () => {
    const wrongCard = await backend.call(STAFF, 'resident.verifyConsent', { guardianshipId, idNumber: IDS.ligl, approve: true, scopes: ALL_SCOPES });
    expect(wrongCard).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'idNumber' } });
    const verified = await backend.ok(STAFF, 'resident.verifyConsent', {
      guardianshipId,
      idNumber: ZHANG_ID,
      approve: true,
      scopes: ['view', 'book', 'sign'],
    });
    expect(verified).toMatchObject({
      status: 'active',
      effectiveScopes: ['view', 'book', 'sign'],
      residentConsent: { method: 'in_person', scopes: ['view', 'book', 'sign'] },
      guardianConsent: null,
    });
    const profile = await backend.ok(DAUGHTER, 'resident.getProfile', { residentId });
    expect(profile).toMatchObject({ name: '张秀英', hasOwnAccount: false, viewer: { as: 'guardian' } });
    const trail = await backend.ok(DAUGHTER, 'resident.auditTrail', { residentId });
    expect(trail.entries.find((e) => e.action === 'resident.verifyConsent')).toMatchObject({ actorKind: 'staff', actorLabel: expect.stringContaining('张毅') });
  });

  it('lets several guardians hold one resident, each consented separately', async () => {
    const request = await backend.ok(SON, 'resident.requestAccess', { name: '张秀英', idNumber: ZHANG_ID, relation: 'parent', scopes: ['view'] });
    // He did not make her profile: nothing tells him which station (and so which area) is hers.
    expect((await backend.ok(SON, 'resident.listMine', {})).verifyAt).toEqual([]);
    expect(request).toMatchObject({ consentRoute: 'in_person', status: 'pending' });
    expect(code(await backend.call(SON, 'resident.getProfile', { residentId }))).toBe('FORBIDDEN');
    await backend.ok(STAFF, 'resident.verifyConsent', { guardianshipId: request.id, idNumber: ZHANG_ID, approve: true, scopes: ['view'] });
    expect(code(await backend.call(SON, 'resident.getProfile', { residentId }))).toBe('OK');
    const all = await backend.ok(STAFF, 'resident.listGuardians', { residentId });
    expect(all.guardianships.map((g) => g.guardianName).sort()).toEqual(['微信用户', '王敏']);
    await backend.ok(SON, 'resident.revokeAccess', { guardianshipId: request.id });
    expect(code(await backend.call(SON, 'resident.getProfile', { residentId }))).toBe('FORBIDDEN');
    expect(code(await backend.call(DAUGHTER, 'resident.getProfile', { residentId }))).toBe('OK');
  });

  it('answers an expired consent with a renewal message, until staff renew it in person', async () => {
    const past = new Date(Date.now() - 400 * 86_400_000);
    backend.emulator.db.updateMany('guardianships', { _id: guardianshipId }, {
      $set: { 'residentConsent.at': past, 'residentConsent.expiresAt': new Date(Date.now() - 35 * 86_400_000) },
    });
    expect(await backend.call(DAUGHTER, 'resident.getProfile', { residentId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '代管授权已过期（有效期12个月），请续期后再办理' },
    });
    expect((await backend.ok(STAFF, 'resident.pendingConsents', {})).items.map((i) => i.guardianship.id)).toContain(guardianshipId);
    await backend.ok(STAFF, 'resident.verifyConsent', { guardianshipId, idNumber: ZHANG_ID, approve: true, scopes: ['view'] });
    expect(code(await backend.call(DAUGHTER, 'resident.getProfile', { residentId }))).toBe('OK');
  });
});

describe('a child’s profile kept by a parent', () => {
  const PARENT = 'o-parent-lina';
  const create = (born: { idNumber: string; birthDate: string }, name: string) =>
    backend.ok(PARENT, 'resident.createProfile', {
      subject: 'relative',
      relation: 'child',
      name,
      gender: 'female',
      phone: '13987650009',
      address: '昆明市呈贡区洛龙街道石龙湖社区8栋',
      gridId: GRID_SHILONGHU,
      scopes: ALL_SCOPES,
      ...born,
    });

  it('gives a parent full access to a child under 14 once staff check the guardianship', async () => {
    const born = childBorn(13, 100);
    const { guardianship } = await create(born, '刘小雨');
    const verified = await backend.ok(STAFF, 'resident.verifyConsent', { guardianshipId: guardianship!.id, idNumber: born.idNumber, approve: true, scopes: ALL_SCOPES });
    expect(verified).toMatchObject({ effectiveScopes: ALL_SCOPES, guardianConsent: { method: 'in_person' }, residentConsent: null });
    const renewed = await backend.ok(PARENT, 'resident.renewConsent', { guardianshipId: guardianship!.id, scopes: ALL_SCOPES });
    expect(renewed.guardianConsent).toMatchObject({ method: 'in_app', current: true });
  });

  it('keeps only view and book once the child has turned 14, unless the child agrees to more', async () => {
    const born = childBorn(14, 30, '004');
    const { guardianship } = await create(born, '刘小雪');
    const id = guardianship!.id;
    // The parent's consent as legal guardian was recorded before the 14th birthday.
    const before14 = new Date(Date.now() - 60 * 86_400_000);
    backend.emulator.db.updateMany('guardianships', { _id: id }, {
      $set: {
        status: 'active',
        guardianConsent: { scopes: ALL_SCOPES, at: before14, expiresAt: new Date(before14.getTime() + 365 * 86_400_000), method: 'in_person', verifiedBy: STAFF },
      },
    });
    const mine = (await backend.ok(PARENT, 'resident.listMine', {})).managed.find((g) => g.id === id)!;
    expect(mine.effectiveScopes).toEqual(['view', 'book']);
    const residentId = mine.residentId;
    expect(code(await backend.call(PARENT, 'resident.getProfile', { residentId }))).toBe('OK');
    expect(await backend.call(PARENT, 'resident.updateProfile', { residentId, phone: '13900000001' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('需要本人同意') },
    });
    const agreed = await backend.ok(STAFF, 'resident.verifyConsent', { guardianshipId: id, idNumber: born.idNumber, approve: true, scopes: ['sign'] });
    expect(agreed).toMatchObject({ effectiveScopes: ['view', 'book', 'sign'], residentConsent: { scopes: ['sign'] } });
    expect(code(await backend.call(PARENT, 'resident.updateProfile', { residentId, phone: '13900000001' }))).toBe('OK');

    const withdrawn = await backend.ok(STAFF, 'resident.verifyConsent', { guardianshipId: id, idNumber: born.idNumber, approve: false });
    expect(withdrawn).toMatchObject({ status: 'active', effectiveScopes: ['view', 'book'], residentConsent: null });
  });

  it('ends the parent’s access at 18 unless the adult consents', async () => {
    const born = childBorn(18, 10, '006');
    const { guardianship } = await create(born, '刘小霞');
    const id = guardianship!.id;
    const at17 = new Date(Date.now() - 100 * 86_400_000);
    backend.emulator.db.updateMany('guardianships', { _id: id }, {
      $set: {
        status: 'active',
        guardianConsent: { scopes: ALL_SCOPES, at: at17, expiresAt: new Date(at17.getTime() + 365 * 86_400_000), method: 'in_person', verifiedBy: STAFF },
        residentConsent: { scopes: ALL_SCOPES, at: at17, expiresAt: new Date(at17.getTime() + 365 * 86_400_000), method: 'in_person', verifiedBy: STAFF },
      },
    });
    const residentId = guardianship!.residentId;
    expect(await backend.call(PARENT, 'resident.getProfile', { residentId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(code(await backend.call(PARENT, 'resident.renewConsent', { guardianshipId: id, scopes: ALL_SCOPES }))).toBe('FORBIDDEN');
    await backend.ok(STAFF, 'resident.verifyConsent', { guardianshipId: id, idNumber: born.idNumber, approve: true, scopes: ['view'] });
    expect(code(await backend.call(PARENT, 'resident.getProfile', { residentId }))).toBe('OK');
  });
});
