import { startBackendForFile } from './harness';
import { addTestGrids, faceCheck, GRID_SHILONGHU, IDS, ligl, stranger } from './resident-fixtures';
import { COLLECTIONS } from '../../cloudfunctions/core/indexes';
import { withCheckChar } from '../../shared/resident/id-number';

const backend = startBackendForFile();
beforeAll(() => {
  addTestGrids(backend);
  // WeChat accounts are real-name: the local 人脸核身 passes for each account as its own person only.
  backend.emulator.faces.enroll(IMPOSTOR, '赵强', IDS.stranger);
  backend.emulator.faces.enroll(REAL, '李桂兰', IDS.ligl);
});

const IMPOSTOR = 'o-impostor-zhaoq';
const REAL = 'o-real-ligl';
const SON = 'o-son-wanglei';
const STAFF = 'o-staff-zhangyi';
const OTHER_STAFF = 'o-staff-yangli';
const code = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'OK' : reply.error!.code);

const dump = () => Object.fromEntries(COLLECTIONS.map((c) => [c, JSON.stringify(backend.emulator.db.find(c, {}, { sort: { _id: 1 } }))]));
/** Runs `attempt` and checks that it changed no collection at all. */
async function writesNothing<T>(attempt: () => Promise<T>): Promise<T> {
  const before = dump();
  const result = await attempt();
  expect(dump()).toEqual(before);
  return result;
}

describe('someone who registers another person’s name and ID number', () => {
  let residentId: string;
  let requestId: string;

  beforeAll(async () => {
    const created = await backend.ok(IMPOSTOR, 'resident.createProfile', ligl());
    residentId = created.profile!.id;
    expect(created.profile!.identity).toEqual({ verified: false, method: null, at: null });
  });

  it('cannot pass 人脸核身 as her: WeChat’s check fails for his face', async () => {
    const res = await fetch(`${backend.emulator.url}/__dev/wx/startFacialRecognitionVerify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': IMPOSTOR },
      body: JSON.stringify({ name: '李桂兰', idCardNumber: IDS.ligl }),
    });
    const reply = (await res.json()) as { errCode: number; verifyResult?: string };
    expect(reply.errCode).not.toBe(0);
    expect(reply.verifyResult).toBeUndefined();
  });

  it('does not hear of, see or answer her son’s request naming her number', async () => {
    const g = await backend.ok(SON, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes: ['view', 'sign'] });
    requestId = g.id;
    expect(g.status).toBe('pending');
    expect((await backend.ok(IMPOSTOR, 'contract.notices', {})).notices.filter((n) => n.kind === 'family_request')).toEqual([]);
    expect((await backend.ok(IMPOSTOR, 'resident.listMine', {})).guardians).toEqual([]);
    const answer = await backend.call(IMPOSTOR, 'resident.respondToRequest', { guardianshipId: g.id, accept: true, scopes: ['view', 'sign'] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('人脸核身') } });
    for (const action of ['resident.listGuardians', 'resident.auditTrail'] as const) {
      expect(code(await backend.call(IMPOSTOR, action, { residentId }))).toBe('FORBIDDEN');
    }
    expect(code(await backend.call(IMPOSTOR, 'resident.revokeAccess', { guardianshipId: g.id }))).toBe('FORBIDDEN');
    expect(backend.emulator.db.find('guardianships', { _id: g.id })[0]).toMatchObject({ status: 'pending', residentConsent: null });
    expect(code(await backend.call(SON, 'resident.getProfile', { residentId }))).toBe('FORBIDDEN');
  });

  it('cannot verify the record with his own face check, and the refusal writes nothing', async () => {
    const own = faceCheck(backend, IMPOSTOR, { name: '赵强', idNumber: IDS.stranger });
    const reply = await writesNothing(() => backend.call(IMPOSTOR, 'resident.verifyIdentity', { verifyResult: own }, 'rq-impostor-own-face'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'verifyResult', message: '人脸核身所用的姓名或身份证号与档案不一致' } });
  });

  it('refuses forged, other people’s and mismatched face results for a claim, writing nothing', async () => {
    const hers = faceCheck(backend, REAL, { name: '李桂兰', idNumber: IDS.ligl });
    const attempts: [string, Record<string, string>][] = [
      [REAL, { name: '李桂兰', idNumber: IDS.ligl, verifyResult: 'forged-verify-result-0001' }],
      [IMPOSTOR, { name: '李桂兰', idNumber: IDS.ligl, verifyResult: hers }],
      [REAL, { name: '王敏', idNumber: IDS.wangmin, verifyResult: hers }],
    ];
    for (const [who, input] of attempts) {
      const reply = await writesNothing(() => backend.call(who, 'resident.claimProfile', input, `rq-claim-${Math.random().toString(36).slice(2)}`));
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'verifyResult' } });
    }
  });

  it('answers a failed claim alike for registered and unregistered numbers (no existence oracle)', async () => {
    const unregistered = withCheckChar('53011419881212003');
    const a = await backend.call(REAL, 'resident.claimProfile', { name: '李桂兰', idNumber: IDS.ligl, verifyResult: 'forged-verify-result-0002' });
    const b = await backend.call(REAL, 'resident.claimProfile', { name: '李桂兰', idNumber: unregistered, verifyResult: 'forged-verify-result-0002' });
    expect(b).toEqual(a);
  });

  it('refuses a face result older than half an hour', async () => {
    const old = faceCheck(backend, REAL, { name: '李桂兰', idNumber: IDS.ligl });
    backend.emulator.db.updateMany('wxFaceResults', { _id: old }, { $inc: { identifyTime: -31 * 60 } });
    const reply = await writesNothing(() => backend.call(REAL, 'resident.claimProfile', { name: '李桂兰', idNumber: IDS.ligl, verifyResult: old }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '人脸核身结果已过期，请重新核身' } });
  });

  describe('when the real person proves her identity and claims the record', () => {
    let verifyResult: string;
    beforeAll(async () => {
      verifyResult = faceCheck(backend, REAL, { name: '李桂兰', idNumber: IDS.ligl });
    });

    it('makes it hers and verified, and a retry of the same request answers the same', async () => {
      const input = { name: '李桂兰', idNumber: IDS.ligl, verifyResult };
      const claimed = await backend.ok(REAL, 'resident.claimProfile', input, 'rq-real-claim-1');
      expect(claimed).toMatchObject({ outcome: 'claimed', profile: { id: residentId, identity: { verified: true, method: 'face' }, viewer: { as: 'self' } } });
      expect(await backend.ok(REAL, 'resident.claimProfile', input, 'rq-real-claim-1')).toEqual(claimed);
    });

    it('takes every access from the impostor', async () => {
      expect(code(await backend.call(IMPOSTOR, 'resident.getProfile', { residentId }))).toBe('FORBIDDEN');
      expect(code(await backend.call(IMPOSTOR, 'resident.updateProfile', { residentId, phone: '13900000001' }))).toBe('FORBIDDEN');
      expect((await backend.ok(IMPOSTOR, 'resident.listMine', {})).self).toBeNull();
    });

    it('tells the impostor, calmly, that the record went to its verified owner and whom to call, without a word about her', async () => {
      const told = (await backend.ok(IMPOSTOR, 'contract.notices', {})).notices.filter((n) => n.kind === 'profile_claimed');
      expect(told).toEqual([expect.objectContaining({ residentId, contractId: null, guardianshipId: null, read: false, title: '“李桂兰”的健康档案已由本人认领' })]);
      expect(told[0].body).toContain('已通过人脸核身确认身份');
      expect(told[0].body).toContain('请联系呈贡区石龙湖社区家庭医生团队（电话 0871-67482316）');
      const stored = backend.emulator.db.find('notices', { kind: 'profile_claimed' }) as { openid: string; title: string; body: string }[];
      expect(stored.map((n) => n.openid)).toEqual([IMPOSTOR]);
      const text = `${stored[0].title}${stored[0].body}`;
      for (const secret of [REAL, IDS.ligl, IDS.ligl.slice(-6), '13987650001']) expect(text).not.toContain(secret);
      expect((await backend.ok(REAL, 'contract.notices', {})).notices.filter((n) => n.kind === 'profile_claimed')).toEqual([]);
    });

    it('refuses the same face result played again, writing nothing', async () => {
      const reply = await writesNothing(() => backend.call(REAL, 'resident.claimProfile', { name: '李桂兰', idNumber: IDS.ligl, verifyResult }, 'rq-real-claim-2'));
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '这次人脸核身的结果已经用过，请重新核身' } });
    });

    it('brings her the son’s waiting request, which she may now answer', async () => {
      const notices = (await backend.ok(REAL, 'contract.notices', {})).notices;
      expect(notices).toEqual([expect.objectContaining({ kind: 'family_request', guardianshipId: requestId })]);
      expect((await backend.ok(REAL, 'resident.listMine', {})).guardians).toEqual([expect.objectContaining({ id: requestId, status: 'pending' })]);
      const answered = await backend.ok(REAL, 'resident.respondToRequest', { guardianshipId: requestId, accept: true, scopes: ['view'] });
      expect(answered.status).toBe('active');
    });

    it('shows the claim and the impostor’s refused attempts in her access record', async () => {
      const trail = await backend.ok(REAL, 'resident.auditTrail', { residentId, limit: 50 });
      expect(trail.entries).toEqual(expect.arrayContaining([
        expect.objectContaining({ action: 'resident.claimProfile', actionLabel: '核验身份后认领档案，原持有人不能再访问', actorLabel: '本人', allowed: true }),
        expect.objectContaining({ action: 'resident.getProfile', actorKind: 'other', allowed: false }),
      ]));
    });

    it('leaves the impostor free to register his own record', async () => {
      const own = await backend.ok(IMPOSTOR, 'resident.createProfile', stranger());
      expect(own.profile).toMatchObject({ name: '赵强', identity: { verified: false } });
      expect(own.profile!.id).not.toBe(residentId);
    });
  });
});

describe('verification in person by a staff member of her team', () => {
  const PERSON = 'o-person-liuzm';
  const LIU_ID = withCheckChar('53011419540612001');
  let residentId: string;

  beforeAll(async () => {
    const created = await backend.ok(PERSON, 'resident.createProfile', stranger({ name: '刘志明', birthDate: '1954-06-12', idNumber: LIU_ID, gridId: GRID_SHILONGHU }));
    residentId = created.profile!.id;
  });

  it('is refused to staff of another team and to a wrong code, and neither spends the code', async () => {
    const { code: shown } = await backend.ok(PERSON, 'resident.identityCode', {});
    const other = await backend.call(OTHER_STAFF, 'resident.verifyIdentityInPerson', { code: shown, idNumber: LIU_ID });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = shown === '000000' ? '000001' : '000000';
    expect(await backend.call(STAFF, 'resident.verifyIdentityInPerson', { code: wrong, idNumber: LIU_ID })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } });
    expect(code(await backend.call(PERSON, 'resident.verifyIdentityInPerson', { code: shown, idNumber: LIU_ID }))).toBe('FORBIDDEN');
    const done = await backend.ok(STAFF, 'resident.verifyIdentityInPerson', { code: shown, idNumber: LIU_ID });
    expect(done).toEqual({ outcome: 'verified', residentId, residentName: '刘志明' });
    const profile = await backend.ok(PERSON, 'resident.getProfile', { residentId });
    expect(profile.identity).toMatchObject({ verified: true, method: 'in_person' });
    expect(code(await backend.call(STAFF, 'resident.verifyIdentityInPerson', { code: shown, idNumber: LIU_ID }))).toBe('INVALID_INPUT');
  });

  it('tells the account that had registered her number that her team checked her in person and the record is hers now', async () => {
    const TYPIST = 'o-typist-sunq';
    const HE = 'o-hewy';
    const HE_ID = withCheckChar('53011419480920001');
    const made = await backend.ok(TYPIST, 'resident.createProfile', stranger({ name: '何文英', birthDate: '1948-09-20', idNumber: HE_ID, gridId: GRID_SHILONGHU }));
    const { code: shown } = await backend.ok(HE, 'resident.identityCode', {});
    expect(await backend.ok(STAFF, 'resident.verifyIdentityInPerson', { code: shown, idNumber: HE_ID })).toMatchObject({ outcome: 'claimed' });
    const told = (await backend.ok(TYPIST, 'contract.notices', {})).notices;
    expect(told).toEqual([expect.objectContaining({ kind: 'profile_claimed', residentId: made.profile!.id, title: '“何文英”的健康档案已由本人认领' })]);
    expect(told[0].body).toContain('已通过家庭医生团队当面核对身份证确认身份');
    expect(told[0].body).not.toContain(HE);
    expect(code(await backend.call(TYPIST, 'resident.getProfile', { residentId: made.profile!.id }))).toBe('FORBIDDEN');
  });

  it('lets a person without a record of her own claim one her relative made, and puts the relative’s request in her hands', async () => {
    const RELATIVE = 'o-relative-zhang';
    const ZHANG = 'o-zhangxy';
    const ZHANG_ID = withCheckChar('53011419500615002');
    const made = await backend.ok(RELATIVE, 'resident.createProfile', {
      subject: 'relative', relation: 'parent', scopes: ['view', 'book'], name: '张秀英', gender: 'female', birthDate: '1950-06-15',
      idNumber: ZHANG_ID, phone: '13987650009', address: '昆明市呈贡区洛龙街道石龙湖社区9栋', gridId: GRID_SHILONGHU,
    });
    const { code: shown } = await backend.ok(ZHANG, 'resident.identityCode', {});
    const done = await backend.ok(STAFF, 'resident.verifyIdentityInPerson', { code: shown, idNumber: ZHANG_ID });
    expect(done).toMatchObject({ outcome: 'claimed', residentName: '张秀英' });
    const mine = await backend.ok(ZHANG, 'resident.listMine', {});
    expect(mine.self).toMatchObject({ name: '张秀英', identity: { verified: true, method: 'in_person' } });
    expect(mine.guardians).toEqual([expect.objectContaining({ id: made.guardianship!.id, status: 'pending', consentRoute: 'in_app' })]);
    expect((await backend.ok(ZHANG, 'contract.notices', {})).notices).toEqual([expect.objectContaining({ kind: 'family_request' })]);
    // The relative made the record for her and never held it as his own: he has nothing taken to hear of.
    expect((await backend.ok(RELATIVE, 'contract.notices', {})).notices.filter((n) => n.kind === 'profile_claimed')).toEqual([]);
    const trail = await backend.ok(ZHANG, 'resident.auditTrail', { residentId: mine.self!.id, limit: 50 });
    expect(trail.entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ action: 'resident.verifyIdentityInPerson', actionLabel: '当面核验本人身份', actorKind: 'staff' }),
      expect.objectContaining({ action: 'resident.claimProfile', actorLabel: '本人' }),
    ]));
  });
});
