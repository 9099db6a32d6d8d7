import { startBackendForFile } from './harness';
import { approve, daughterProfile, grantFamily, motherProfile, rid, signUp, STAFF, subscribe, adultProfile } from './contract-fixtures';
import { SUBSCRIBE_TEMPLATES } from '../../shared/config/subscribe-templates';

const backend = startBackendForFile();
const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
/** A nephew who may manage her reminders but never allowed the message: told in the app only. */
const NEPHEW = 'o-health-nephew';
/** A relative who may only view her record: not among those told. */
const VIEWER = 'o-health-viewer';
const ALERT = SUBSCRIBE_TEMPLATES.readingAlert;
let mother: string;

type Sent = { touser: string; page: string; data: Record<string, { value: string }> };
const messagesTo = (openid: string) => backend.emulator.db.find('outbox', { touser: openid, templateId: ALERT }) as unknown as Sent[];
const noticesTo = (openid: string) => backend.emulator.db.find('notices', { openid, kind: 'reading_alert' });

beforeAll(async () => {
  mother = await motherProfile(backend);
  await daughterProfile(backend);
  await approve(backend, (await signUp(backend, MOTHER, mother, ['basic', 'chronic'])).id);
  await grantFamily(backend, DAUGHTER, MOTHER, ['view', 'reminders']);
  await adultProfile(backend, NEPHEW);
  await grantFamily(backend, NEPHEW, MOTHER, ['view', 'reminders']);
  await adultProfile(backend, VIEWER);
  await grantFamily(backend, VIEWER, MOTHER, ['view']);
  // Each allowed two messages on the reading page (the nephew none).
  for (const openid of [MOTHER, DAUGHTER, STAFF, VIEWER]) await subscribe(backend, openid, [ALERT, ALERT]);
});

describe('an urgent reading by WeChat message', () => {
  it('reaches the team and the family who allowed it, once however often the request is retried, opening her readings', async () => {
    const input = { residentId: mother, kind: 'glucose' as const, glucose: 22.6, timing: 'random' as const };
    const requestId = rid('urgent-glucose');
    const first = await backend.ok(MOTHER, 'health.record', input, requestId);
    expect(first.reading.urgent).toBe(true);
    await backend.ok(MOTHER, 'health.record', input, requestId);
    for (const openid of [DAUGHTER, STAFF]) {
      expect({ openid, sent: messagesTo(openid).length }).toEqual({ openid, sent: 1 });
    }
    const [sent] = messagesTo(DAUGHTER);
    expect(sent.page).toBe(`packages/health/pages/index/index?residentId=${mother}&kind=glucose`);
    expect(sent.data).toEqual({
      name1: { value: '李桂兰' },
      thing2: { value: '血糖（危急）' },
      thing3: { value: first.reading.valueText },
      time4: { value: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/) },
      thing5: { value: '请尽快联系确认，如有不适请拨打120' },
    });
    for (const field of ['thing2', 'thing3', 'thing5'] as const) expect(sent.data[field].value.length).toBeLessThanOrEqual(20);
  });

  it('spares the person who recorded it, tells in the app only whoever allowed no message, and never a view-only relative', async () => {
    expect(messagesTo(MOTHER)).toHaveLength(0);
    expect(noticesTo(NEPHEW)).toHaveLength(1);
    expect(messagesTo(NEPHEW)).toHaveLength(0);
    expect(noticesTo(VIEWER)).toHaveLength(0);
    expect(messagesTo(VIEWER)).toHaveLength(0);
  });

  it('goes to whoever is entitled when it is sent: a daughter whose access ended hears nothing more, though she allowed it', async () => {
    const [g] = backend.emulator.db.find('guardianships', { guardianOpenid: DAUGHTER });
    await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId: String(g._id) }, rid('revoke'));
    await backend.ok(STAFF, 'health.record', { residentId: mother, kind: 'bp', systolic: 188, diastolic: 116 }, rid('urgent-bp'));
    expect(messagesTo(DAUGHTER)).toHaveLength(1);
    expect(messagesTo(MOTHER)).toEqual([expect.objectContaining({ data: expect.objectContaining({ thing2: { value: '血压（危急）' }, thing3: { value: '188/116 mmHg' } }) })]);
    // The staff member recorded it: his second acceptance is still there for the next one.
    expect(messagesTo(STAFF)).toHaveLength(1);
    expect(backend.emulator.messages.remaining(STAFF, ALERT)).toBe(1);
  });
});
