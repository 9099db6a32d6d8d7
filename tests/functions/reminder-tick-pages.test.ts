import { startBackend, type Backend } from './harness';
import { cst, MEDICATION, setClock, tick } from './reminder-fixtures';
import { subscriptionId } from '../../cloudfunctions/core/wx/subscription-repository';

// More plans are due than one query returns (CloudBase's 1,000) but fewer than a share (2,000), so
// one tick reads the due set page by page itself.
const DUE = 1_150;
const AT = cst('2026-03-09T08:00');

let backend: Backend;
beforeAll(async () => {
  setClock(cst('2026-03-09T06:00'));
  backend = await startBackend();
  const db = backend.emulator.db;
  const residents = [];
  const plans = [];
  const counts = [];
  const wechat = [];
  for (let i = 0; i < DUE; i += 1) {
    const openid = `o-pages-${i}`;
    residents.push({ _id: `rs_pages_${i}`, ownerOpenid: openid, name: '分页居民', birthDate: '1950-01-01', gridId: null, createdAt: AT, updatedAt: AT });
    plans.push({
      _id: `rp_pages_${String(i).padStart(5, '0')}`, residentId: `rs_pages_${i}`, drug: '苯磺酸氨氯地平片', dose: 1, unit: '片', times: ['08:00'], weekdays: null,
      startDate: '2026-03-01', endDate: null, meal: 'after', notes: '', stock: null, status: 'active', endedAt: null, nextDueAt: AT, refillNoticeAt: null,
      createdBy: { openid, as: 'self' }, createdAt: AT, updatedAt: AT,
    });
    // Every other resident accepted one reminder (in WeChat and in the product's count).
    if (i % 2 === 0) {
      counts.push({ _id: subscriptionId(openid, 'medicationReminder'), openid, template: 'medicationReminder', remaining: 1, lastErrcode: null, lastErrorAt: null, updatedAt: AT });
      wechat.push({ openid, templateId: MEDICATION, remaining: 1 });
    }
  }
  db.insert('residents', residents);
  db.insert('reminderPlans', plans);
  db.insert('subscriptions', counts);
  db.insert('wxSubscribeQuota', wechat);
});
afterAll(async () => {
  jest.useRealTimers();
  await backend.close();
});

describe('a tick with more due than one page', () => {
  it('reads the due plans page by page and handles all 1,150, sending where an acceptance is left', async () => {
    const run = await tick(backend, AT);
    expect(run).toMatchObject({ shards: 0, claimed: DUE, sent: DUE / 2, noQuota: DUE / 2 });
    const db = backend.emulator.db;
    expect(db.count('reminderEvents', {})).toBe(DUE);
    expect(db.count('reminderEvents', { status: 'sent' })).toBe(DUE / 2);
    expect(db.count('outbox', { templateId: MEDICATION })).toBe(DUE / 2);
    expect(db.count('reminderPlans', { nextDueAt: cst('2026-03-10T08:00') })).toBe(DUE);
    expect(db.count('subscriptions', { remaining: 0 })).toBe(DUE / 2);
  });

  it('finds nothing left when the same minute is run again', async () => {
    expect(await tick(backend, AT)).toMatchObject({ claimed: 0, sent: 0 });
    expect(backend.emulator.db.count('outbox', { templateId: MEDICATION })).toBe(DUE / 2);
  });
});
