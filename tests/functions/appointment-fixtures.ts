import type { Backend } from './harness';
import type { ActionOutput } from '../../shared/api';
import { addDays, dayOf } from '../../shared/appointment/local-time';
import { SHILONGHU } from './contract-fixtures';

export const CLINIC_POINT = `${SHILONGHU}-f1`;
export const MOBILE_POINT = `${SHILONGHU}-m1`;
const DAY = 86_400_000;

export type Slots = ActionOutput<'appointment.slots'>;
export type SlotView = Slots['days'][number]['points'][number]['slots'][number];

/** Local day `n` days from today. */
export const dayFromToday = (n: number) => addDays(dayOf(new Date()), n);

/** Publishes clinic slots at the 石龙湖 station on one day, every weekday, 30 minutes each. */
export async function publishClinicDay(
  backend: Backend,
  staff: string,
  day: string,
  over: { capacity?: number; windows?: Array<{ start: string; end: string }>; kind?: 'clinic' | 'home_visit' } = {},
) {
  return backend.ok(staff, 'appointment.publish', {
    pointId: CLINIC_POINT,
    kind: over.kind ?? 'clinic',
    from: day,
    to: day,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    windows: over.windows ?? [{ start: '09:00', end: '11:00' }],
    slotMinutes: 30,
    capacity: over.capacity ?? 2,
  });
}

/** Every slot the resident sees, flattened, in time order. */
export function allSlots(view: Slots): Array<SlotView & { kind: string; pointId: string; day: string }> {
  return view.days.flatMap((d) => d.points.flatMap((p) => p.slots.map((s) => ({ ...s, kind: p.kind, pointId: p.pointId, day: d.day }))));
}

let people = 0;

/**
 * Residents made straight in the database, each with their own account and an active basic contract
 * with `teamId`: for the many-people tests, where signing each through the functions would be slow
 * and beside the point.
 */
export function contractedResidents(backend: Backend, n: number, teamId = SHILONGHU, packages: string[] = ['basic']): Array<{ openid: string; residentId: string }> {
  const db = backend.emulator.db;
  const now = new Date();
  const out: Array<{ openid: string; residentId: string }> = [];
  const residents = [];
  const contracts = [];
  const [team] = db.find('teams', { _id: teamId });
  for (let i = 0; i < n; i += 1) {
    people += 1;
    const openid = `o-appt-${people}`;
    const residentId = `rs_appt_${people}`;
    out.push({ openid, residentId });
    residents.push({
      _id: residentId,
      ownerOpenid: openid,
      createdBy: openid,
      name: `居民${people}`,
      gender: 'female',
      birthDate: '1950-05-01',
      idCipher: 'x',
      idHmac: `hmac-appt-${people}`,
      idMasked: '5301**********0000',
      phone: '13800000000',
      address: '呈贡区石龙路 15 号 3 栋',
      gridId: null,
      conditions: ['hypertension'],
      pregnancy: null,
      disability: null,
      livesAlone: false,
      riskFactors: [],
      createdAt: now,
      updatedAt: now,
    });
    contracts.push({
      _id: `ct_appt_${people}`,
      residentId,
      residentName: `居民${people}`,
      residentOpenid: openid,
      teamId,
      team: { name: String(team?.name ?? '家庭医生团队'), institution: String(team?.institution ?? ''), phone: String(team?.phone ?? '') },
      kind: 'regular',
      purpose: 'new',
      previousContractId: null,
      status: 'active',
      packages: packages.map((code) => ({ code, name: code, kind: code === 'basic' ? 'basic' : 'personalised', feeYuan: 0, insuranceYuan: 0, selfPayYuan: 0, services: [] })),
      fees: { totalYuan: 0, insuranceYuan: 0, selfPayYuan: 0 },
      period: { start: new Date(now.getTime() - 30 * DAY), end: new Date(now.getTime() + 300 * DAY) },
      signedBy: { openid, as: 'self', name: `居民${people}`, relation: null },
      reason: null,
      submittedAt: new Date(now.getTime() - 31 * DAY),
      review: null,
      ended: null,
      renewalNoticeAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }
  db.insert('residents', residents);
  db.insert('contracts', contracts);
  return out;
}

/** Moves a booking (and its slot) so that it starts at `startsAt`, as if time had passed. */
export function moveBooking(backend: Backend, appointmentId: string, startsAt: Date): void {
  const db = backend.emulator.db;
  const [appt] = db.find('appointments', { _id: appointmentId });
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  db.updateMany('appointments', { _id: appointmentId }, { $set: { startsAt, endsAt, day: dayOf(startsAt) } });
  db.updateMany('slots', { _id: appt.slotId }, { $set: { startsAt, endsAt, day: dayOf(startsAt) } });
}
