import { startBackend, type Backend } from './harness';
import { addTestGrids, IDS, verifyIdentity } from './resident-fixtures';
import { daughterProfile, motherProfile, rid, subscribe } from './contract-fixtures';
import { SUBSCRIBE_TEMPLATES } from '../../shared/config/subscribe-templates';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  addTestGrids(backend);
});
afterAll(() => backend?.close());

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
const SON = 'o-resident-wanglei';

describe('the message centre', () => {
  it('tells the mother of a family request waiting for her, and the daughter of her answer, each only their own', async () => {
    await motherProfile(backend);
    await verifyIdentity(backend, MOTHER, { name: '李桂兰', idNumber: IDS.ligl });
    await daughterProfile(backend);
    const g = await backend.ok(DAUGHTER, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes: ['view', 'sign'] }, rid());

    const mother = await backend.ok(MOTHER, 'contract.notices', {});
    expect(mother.unread).toBe(1);
    expect(mother.notices[0]).toMatchObject({
      kind: 'family_request',
      guardianshipId: g.id,
      title: '王敏请求代您办理，等您同意',
      body: expect.stringContaining('王敏（您的子女）申请代您：查看健康档案和记录、签约、续约和修改档案'),
      read: false,
    });
    expect((await backend.ok(DAUGHTER, 'contract.notices', {})).notices).toEqual([]);

    await backend.ok(MOTHER, 'resident.respondToRequest', { guardianshipId: g.id, accept: true, scopes: ['view'] }, rid());
    const daughter = await backend.ok(DAUGHTER, 'contract.notices', {});
    expect(daughter.notices[0]).toMatchObject({ kind: 'access_granted', title: '李桂兰已同意您代办', body: expect.stringContaining('查看健康档案和记录') });

    await backend.ok(MOTHER, 'contract.readNotices', { ids: [mother.notices[0].id] });
    const after = await backend.ok(MOTHER, 'contract.notices', {});
    expect(after.unread).toBe(0);
    expect(after.notices[0]).toMatchObject({ id: mother.notices[0].id, read: true });

    await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId: g.id }, rid());
    expect((await backend.ok(DAUGHTER, 'contract.notices', {})).notices[0]).toMatchObject({ kind: 'access_revoked', title: '您对李桂兰的代管已结束' });
  });

  it('writes the request notice once when the request is sent twice with the same requestId', async () => {
    const before = (await backend.ok(MOTHER, 'contract.notices', {})).notices.length;
    const requestId = rid('twice');
    const input = { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent' as const, scopes: ['view' as const] };
    await backend.ok(DAUGHTER, 'resident.requestAccess', input, requestId);
    await backend.ok(DAUGHTER, 'resident.requestAccess', input, requestId);
    expect((await backend.ok(MOTHER, 'contract.notices', {})).notices.length).toBe(before + 1);
  });

  it('sends the mother a WeChat message about a request waiting for her when she accepted that message, once per acceptance', async () => {
    const FAMILY = SUBSCRIBE_TEMPLATES.familyRequest;
    const outbox = () => backend.emulator.db.find('outbox', { touser: MOTHER, templateId: FAMILY }, { sort: { sentAt: 1 }, limit: 10 });
    const already = outbox().length;
    await subscribe(backend, MOTHER, [FAMILY]);
    const input = { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent' as const, scopes: ['view' as const, 'sign' as const] };
    const g = await backend.ok(SON, 'resident.requestAccess', input, rid('msg'));
    const sent = outbox().slice(already);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      page: `packages/family/pages/consent/index?guardianshipId=${g.id}`,
      data: { name1: { value: '王磊' }, thing2: { value: expect.stringMatching(/^代您办理：查看健康档案和记录/) } },
    });
    for (const field of Object.values(sent[0].data as Record<string, { value: string }>)) expect(field.value.length).toBeLessThanOrEqual(20);

    // The one acceptance is spent: the next request is told in the app only.
    await backend.ok(SON, 'resident.revokeAccess', { guardianshipId: g.id }, rid());
    await backend.ok(SON, 'resident.requestAccess', input, rid('msg-again'));
    expect(outbox().slice(already)).toHaveLength(1);
    expect((await backend.ok(MOTHER, 'contract.notices', {})).notices[0]).toMatchObject({ kind: 'family_request' });
  });

  it('answers only the signed-in caller', async () => {
    expect(await backend.call(null, 'contract.notices', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
