import type { Backend } from '../harness';
import type { ActionName } from '../../../shared/api';
import { ALL_SCOPES, IDS, verifyIdentity } from '../resident-fixtures';
import { addLuolongStaff, adultProfile, approve, LUOLONG_STAFF, motherProfile, rid, SHILONGHU, SHILONGHU_GRID, SIMAO, signUp, STAFF } from '../contract-fixtures';
import { allSlots, CLINIC_POINT, dayFromToday, publishClinicDay } from '../appointment-fixtures';
import { amlodipine } from '../reminder-fixtures';
import { approvedStay, departedDaysAgo, SIMAO_STAFF } from '../sojourn-fixtures';
import type { Actor } from './authorization-matrix';

/** 李桂兰: the resident every cell of the matrix is about. */
export const MOTHER = 'o-resident-ligl';
const DAY = 86_400_000;

/** The caller of each actor kind; null: no WeChat identity. */
export const OPENIDS: Record<Actor, string | null> = {
  self: MOTHER,
  'guardian:view': 'o-g-view',
  'guardian:book': 'o-g-book',
  'guardian:sign': 'o-g-sign',
  'guardian:reminders': 'o-g-reminders',
  pending: 'o-g-pending',
  refused: 'o-g-refused',
  revoked: 'o-g-revoked',
  expired: 'o-g-expired',
  'other resident': 'o-other-resident',
  'staff of her team': STAFF,
  'staff of another team': LUOLONG_STAFF,
  'sojourn staff, stay on': SIMAO_STAFF,
  'sojourn staff, stay over': SIMAO_STAFF,
  anonymous: null,
  server: null,
};

/** The ids of everything the actions are about, made once per backend. */
export interface World {
  /** The emulator's address (for a photo it cannot find). */
  url: string;
  residentId: string;
  contractId: string;
  stayId: string;
  appointmentId: string;
  /** A free slot of her team, for booking, waiting and rescheduling. */
  freeSlotId: string;
  visitId: string;
  planId: string;
  noticeId: string;
  /** Each guardian actor's own guardianship of her. */
  held: Partial<Record<Actor, string>>;
}

async function guardian(backend: Backend, openid: string, answer: 'accept' | 'refuse' | 'none', scopes = ALL_SCOPES): Promise<string> {
  const g = await backend.ok(openid, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes });
  if (answer !== 'none') await backend.ok(MOTHER, 'resident.respondToRequest', { guardianshipId: g.id, accept: answer === 'accept', scopes });
  return g.id;
}

/**
 * 李桂兰 (80) with an active contract with the 石龙湖 team, a winter stay with the 思茅 sojourn team,
 * a booking, a recorded visit, a medication plan, a reading and a notice; family in every state; a
 * stranger with a profile of his own; staff of her team, of another team and of the sojourn team.
 */
export async function buildWorld(backend: Backend): Promise<World> {
  const residentId = await motherProfile(backend, MOTHER);
  await verifyIdentity(backend, MOTHER, { name: '李桂兰', idNumber: IDS.ligl });
  const contract = await approve(backend, (await signUp(backend, MOTHER, residentId)).id);
  await adultProfile(backend, OPENIDS['other resident']!);
  addLuolongStaff(backend);

  const held: World['held'] = {};
  for (const scope of ALL_SCOPES) held[`guardian:${scope}` as Actor] = await guardian(backend, `o-g-${scope}`, 'accept', [scope]);
  held.pending = await guardian(backend, OPENIDS.pending!, 'none');
  held.refused = await guardian(backend, OPENIDS.refused!, 'refuse');
  held.revoked = await guardian(backend, OPENIDS.revoked!, 'accept');
  await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId: held.revoked });
  held.expired = await guardian(backend, OPENIDS.expired!, 'accept');
  const past = new Date(Date.now() - 400 * DAY);
  backend.emulator.db.updateMany('guardianships', { _id: held.expired }, {
    $set: { 'residentConsent.at': past, 'residentConsent.expiresAt': new Date(past.getTime() + 365 * DAY) },
  });

  await publishClinicDay(backend, STAFF, dayFromToday(2), { capacity: 1 });
  const slots = allSlots(await backend.ok(MOTHER, 'appointment.slots', { residentId }));
  const booked = await backend.ok(MOTHER, 'appointment.book', { residentId, slotId: slots[0].id }, rid('book'));
  const visit = await backend.ok(STAFF, 'appointment.recordVisit', { residentId, channel: 'phone', services: ['consultation'], note: '电话随访' }, rid('visit'));
  const plan = await backend.ok(MOTHER, 'reminder.savePlan', amlodipine(residentId), rid('plan'));
  await backend.ok(MOTHER, 'health.record', { residentId, kind: 'bp', systolic: 136, diastolic: 84 }, rid('bp'));
  const stay = await approvedStay(backend, MOTHER, residentId, { conditions: '高血压', medicines: '氨氯地平' });
  const [notice] = backend.emulator.db.find('notices', {}, { limit: 1 });

  return {
    url: backend.emulator.url,
    residentId,
    contractId: contract.id,
    stayId: stay.id,
    appointmentId: booked.id,
    freeSlotId: slots[1].id,
    visitId: visit.id,
    planId: plan.id,
    noticeId: String(notice?._id ?? 'none'),
    held,
  };
}

/** What an actor's cells need changed first: the sojourn stay over for the staff who looked after it. */
export function prepare(backend: Backend, world: World, actor: Actor): void {
  if (actor === 'sojourn staff, stay over') departedDaysAgo(backend, world.stayId, 2);
}

/** The input of `action` as `actor` sends it: actions on a guardianship name the actor's own, else the pending request. */
export function inputFor(action: ActionName, actor: Actor, w: World): Record<string, unknown> {
  const residentId = w.residentId;
  const guardianshipId = w.held[actor] ?? w.held.pending;
  // Yesterday's 08:00 dose: today's may still lie ahead (before 08:00 in China), and a dose cannot be confirmed early.
  const yesterday = dayFromToday(-1);
  const inputs: Partial<Record<ActionName, Record<string, unknown>>> = {
    'resident.me': {},
    'resident.setElderMode': { enabled: true },
    'resident.recordSubscriptions': { accepted: ['medicationReminder'] },
    'resident.createProfile': { subject: 'relative', relation: 'parent', scopes: ['view'], gridId: SHILONGHU_GRID, name: '李桂兰', gender: 'female', birthDate: '1946-03-08', idNumber: IDS.ligl, phone: '13987650001', address: '昆明市呈贡区洛龙街道石龙湖社区3栋' },
    'resident.getProfile': { residentId },
    'resident.updateProfile': { residentId, address: '昆明市呈贡区洛龙街道石龙湖社区3栋2单元' },
    'resident.listMine': {},
    'resident.requestAccess': { name: '李桂兰', idNumber: IDS.ligl, relation: 'parent', scopes: ['view'] },
    'resident.respondToRequest': { guardianshipId, accept: false },
    'resident.revokeAccess': { guardianshipId },
    'resident.verifyConsent': { guardianshipId, idNumber: IDS.ligl, approve: true, scopes: ['view'] },
    'resident.renewConsent': { guardianshipId, scopes: ['view'] },
    'resident.listGuardians': { residentId },
    'resident.pendingConsents': {},
    'resident.auditTrail': { residentId },
    'resident.wechatPhone': { code: 'not-a-code' },
    'resident.readIdCard': { imageUrl: `${w.url}/__dev/wx/images/unknown` },
    'resident.verifyIdentity': { verifyResult: 'not-a-verify-result' },
    'resident.claimProfile': { name: '李桂兰', idNumber: IDS.ligl, verifyResult: 'not-a-verify-result' },
    'resident.identityCode': {},
    'resident.verifyIdentityInPerson': { code: '000000', idNumber: IDS.ligl },
    'grid.locate': { lat: 24.88, lng: 102.83 },
    'grid.search': { q: '石龙湖' },
    'grid.team': { teamId: SHILONGHU },
    'grid.map': { bbox: { west: 102.8, south: 24.8, east: 102.9, north: 24.9 } },
    'contract.packages': { teamId: SHILONGHU, residentId },
    'contract.preview': { residentId, teamId: SHILONGHU, packageCodes: ['basic'], purpose: 'renew', previousContractId: w.contractId },
    'contract.apply': { residentId, teamId: SHILONGHU, packageCodes: ['basic'], agreementHash: 'a'.repeat(64) },
    'contract.switchTeam': { contractId: w.contractId, teamId: 'team-cg-luolong', packageCodes: ['basic'], reason: '搬家', agreementHash: 'a'.repeat(64) },
    'contract.renew': { contractId: w.contractId, teamId: SHILONGHU, packageCodes: ['basic'], agreementHash: 'a'.repeat(64) },
    'contract.cancel': { contractId: w.contractId, reason: '不再需要' },
    'contract.review': { contractId: w.contractId, decision: 'reject', reason: '资料不全' },
    'contract.reviewQueue': {},
    'contract.reviewHistory': {},
    'contract.get': { contractId: w.contractId },
    'contract.agreement': { contractId: w.contractId },
    'contract.mine': { residentId },
    'contract.overview': {},
    'contract.notices': {},
    'contract.readNotices': { ids: [w.noticeId] },
    'appointment.publish': { pointId: CLINIC_POINT, kind: 'clinic', from: dayFromToday(3), to: dayFromToday(3), weekdays: [1, 2, 3, 4, 5, 6, 7], windows: [{ start: '14:00', end: '15:00' }], slotMinutes: 30, capacity: 1 },
    'appointment.slots': { residentId },
    'appointment.book': { residentId, slotId: w.freeSlotId },
    'appointment.cancel': { appointmentId: w.appointmentId, reason: '临时有事' },
    'appointment.mine': { residentId },
    'appointment.reschedule': { appointmentId: w.appointmentId, slotId: w.freeSlotId },
    'appointment.wait': { residentId, slotId: w.freeSlotId },
    'appointment.close': { slotId: w.freeSlotId, reason: '医生外出' },
    'appointment.roster': { day: dayFromToday(2) },
    'appointment.adjust': { slotId: w.freeSlotId, capacity: 2 },
    'appointment.mark': { appointmentId: w.appointmentId, outcome: 'attended' },
    'appointment.recordVisit': { residentId, channel: 'phone', services: ['consultation'], note: '电话随访' },
    'appointment.fulfilment': { residentId },
    'appointment.rate': { visitId: w.visitId, stars: 5 },
    'appointment.teamRatings': { teamId: SHILONGHU },
    'reminder.overview': { residentId },
    'reminder.savePlan': { ...amlodipine(residentId), drug: '二甲双胍片' },
    'reminder.endPlan': { residentId, planId: w.planId },
    'reminder.confirmDose': { residentId, planId: w.planId, dueAt: `${yesterday}T00:00:00.000Z`, state: 'taken' },
    'reminder.setPrescriptions': { residentId, diet: [{ heading: '少盐', text: '每日食盐不超过5克' }], exercise: [] },
    'reminder.quota': {},
    'health.record': { residentId, kind: 'weight', weight: 58 },
    'health.chart': { residentId },
    'health.triage': {},
    'health.followUp': { residentId, channel: 'phone', note: '血压平稳' },
    'health.confirmRisk': { residentId, level: 'yellow' },
    'sojourn.register': { residentId, teamId: SIMAO, arrival: dayFromToday(200), departure: dayFromToday(260), address: '普洱市思茅区茶马古城', emergencyContact: { name: '王敏', phone: '13987650002' } },
    'sojourn.mine': { residentId },
    'sojourn.review': { stayId: w.stayId, decision: 'reject', reason: '名额已满' },
    'sojourn.guests': {},
    'sojourn.extend': { stayId: w.stayId, departure: dayFromToday(120) },
    'sojourn.end': { stayId: w.stayId },
    'sojourn.closingNote': { stayId: w.stayId, text: '血压控制良好，返乡后继续随访' },
    'sojourn.summary': { stayId: w.stayId },
  };
  const input = inputs[action];
  if (!input) throw new Error(`the matrix has no input for ${action}: add it to inputFor`);
  return input;
}
