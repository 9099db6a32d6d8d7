import { TEAM_PERMISSION_NAMES } from '../../shared/policy/team-actions';
import { startBackendForFile } from './harness';

const backend = startBackendForFile();

const accountsOf = (openid: string) => backend.emulator.db.find('accounts', { openid });

describe('resident.me', () => {
  it('creates the account on the first call and returns the same one afterwards', async () => {
    const first = await backend.ok('o-first-visit', 'resident.me', {});
    expect(first).toMatchObject({ openid: 'o-first-visit', roles: ['resident'], staff: null, elderMode: false });
    expect(Number.isNaN(Date.parse(first.createdAt))).toBe(false);
    const again = await backend.ok('o-first-visit', 'resident.me', {});
    expect(again).toEqual(first);
    expect(accountsOf('o-first-visit')).toHaveLength(1);
  });

  it('creates exactly one account when ten first calls arrive at once', async () => {
    const replies = await Promise.all(Array.from({ length: 10 }, () => backend.ok('o-burst', 'resident.me', {})));
    expect(new Set(replies.map((r) => r.createdAt)).size).toBe(1);
    expect(accountsOf('o-burst')).toHaveLength(1);
  });

  it('shows a seeded staff member with the team they belong to', async () => {
    const staff = await backend.ok('o-staff-zhangyi', 'resident.me', {});
    expect(staff.roles).toEqual(['resident', 'staff']);
    expect(staff.staff).toEqual({
      teamId: 'team-cg-shilonghu',
      teamName: '呈贡区石龙湖社区家庭医生团队',
      name: '张毅',
      role: '全科医生',
      teamPermissions: TEAM_PERMISSION_NAMES.filter((p) => p !== 'stay.guests'),
    });
  });

  it('offers the sojourn guest list only to staff of a sojourn team', async () => {
    const sojourn = await backend.ok('o-staff-yangli', 'resident.me', {});
    expect(sojourn.staff?.teamPermissions).toContain('stay.guests');
    const regular = await backend.ok('o-staff-zhangyi', 'resident.me', {});
    expect(regular.staff?.teamPermissions).not.toContain('stay.guests');
  });

  it('takes the caller from the CloudBase context, never from the request body', async () => {
    const reply = await backend.raw(
      'resident',
      JSON.stringify({ action: 'me', input: {}, userInfo: { openId: 'o-spoofed' } }),
      'o-real-caller',
    );
    expect(reply.json).toMatchObject({ ok: true, data: { openid: 'o-real-caller' } });
    expect(accountsOf('o-spoofed')).toHaveLength(0);
  });

  it('answers UNAUTHENTICATED without an identity and writes nothing', async () => {
    const before = backend.emulator.db.find('accounts', {}).length;
    const reply = await backend.call(null, 'resident.me', {});
    expect(reply).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    expect(backend.emulator.db.find('accounts', {})).toHaveLength(before);
  });
});

describe('resident.setElderMode', () => {
  it('turns elder mode on and keeps it for the next visit', async () => {
    const updated = await backend.ok('o-elder', 'resident.setElderMode', { enabled: true });
    expect(updated.elderMode).toBe(true);
    expect((await backend.ok('o-elder', 'resident.me', {})).elderMode).toBe(true);
    await backend.ok('o-elder', 'resident.setElderMode', { enabled: false });
    expect((await backend.ok('o-elder', 'resident.me', {})).elderMode).toBe(false);
  });

  it('rejects a non-boolean with INVALID_INPUT naming the field and changes nothing', async () => {
    await backend.ok('o-typo', 'resident.me', {});
    const reply = await backend.call('o-typo', 'resident.setElderMode', { enabled: 'yes' });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('INVALID_INPUT');
    expect(reply.error.field).toBe('enabled');
    expect(reply.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(accountsOf('o-typo')[0].elderMode).toBe(false);
  });
});

describe('bad requests to a function', () => {
  it('answers an unknown action with INVALID_INPUT and writes nothing', async () => {
    const before = backend.emulator.db.find('accounts', {}).length;
    const reply = await backend.raw('resident', JSON.stringify({ action: 'dropEverything', input: {} }), 'o-mallory');
    expect(reply.json).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '不支持的操作：dropEverything', field: 'action' } });
    expect(backend.emulator.db.find('accounts', {})).toHaveLength(before);
  });

  it('answers input with unexpected fields with INVALID_INPUT', async () => {
    const reply = await backend.call('o-mallory', 'resident.me', { openid: 'o-someone-else' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(accountsOf('o-mallory')).toHaveLength(0);
  });

  it('answers a body that is not JSON with INVALID_INPUT', async () => {
    const reply = await backend.raw('resident', '{not json', 'o-mallory');
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers a missing action with INVALID_INPUT', async () => {
    const reply = await backend.raw('resident', JSON.stringify({ input: {} }), 'o-mallory');
    expect(reply.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'action' } });
  });

  it('answers a function that does not exist with NOT_FOUND', async () => {
    const reply = await backend.raw('nosuchfunction', JSON.stringify({ action: 'x' }), 'o-mallory');
    expect(reply.status).toBe(404);
    expect(reply.json).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
