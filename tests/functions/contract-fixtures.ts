import type { Backend } from './harness';
import type { ActionOutput } from '../../shared/api';
import type { Scope } from '../../shared/policy/scopes';
import { IDS, ligl, stranger, verifyIdentity, wangmin } from './resident-fixtures';
import { withCheckChar } from '../../shared/resident/id-number';
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '../../shared/config/subscribe-templates';

export const SHILONGHU = 'team-cg-shilonghu';
export const LUOLONG = 'team-cg-luolong';
export const SIMAO = 'team-pe-sojourn-simao';
/** A demo grid of 石龙湖社区, looked after by the 石龙湖 team. */
export const SHILONGHU_GRID = 'cg-shilonghu-01';
export const STAFF = 'o-staff-zhangyi';
export const OTHER_STAFF = 'o-staff-yangli';
/** A member of the 洛龙 team, made by `addLuolongStaff`. */
export const LUOLONG_STAFF = 'o-staff-luolong';

export type Contract = ActionOutput<'contract.apply'>;
type PackageCode = 'basic' | 'chronic' | 'maternal_child' | 'tcm' | 'home_visit' | 'elderly';

let seq = 0;
/** A fresh requestId. */
export const rid = (label = 'req') => `${label}-${Date.now().toString(36)}-${(seq += 1)}`;

/** 李桂兰's own profile (80, hypertension, 石龙湖); returns its id. */
export async function motherProfile(backend: Backend, openid = 'o-resident-ligl', over: Parameters<typeof ligl>[0] = {}): Promise<string> {
  return (await backend.ok(openid, 'resident.createProfile', ligl({ gridId: SHILONGHU_GRID, ...over }))).profile!.id;
}

/** 王敏's own profile (47, no chronic condition). */
export async function daughterProfile(backend: Backend, openid = 'o-resident-wangmin'): Promise<string> {
  return (await backend.ok(openid, 'resident.createProfile', wangmin())).profile!.id;
}

let adults = 0;
/** A man born 1970-01-01 with an ID number of his own, and no chronic condition; returns the profile id. */
export async function adultProfile(backend: Backend, openid: string, over: Parameters<typeof stranger>[0] = {}): Promise<string> {
  adults += 1;
  const idNumber = withCheckChar(`53011419700101${String(100 + adults * 2 + 1).slice(-3)}`);
  const input = stranger({ name: '周建华', birthDate: '1970-01-01', idNumber, ...over });
  return (await backend.ok(openid, 'resident.createProfile', input)).profile!.id;
}

/** The mother verifies her identity, the daughter asks for `scopes` over her profile and the mother agrees in the app. */
export async function grantFamily(backend: Backend, daughter: string, mother: string, scopes: Scope[], idNumber = IDS.ligl, name = '李桂兰'): Promise<void> {
  if (!(await backend.ok(mother, 'resident.listMine', {})).self?.identity.verified) await verifyIdentity(backend, mother, { name, idNumber });
  const g = await backend.ok(daughter, 'resident.requestAccess', { name, idNumber, relation: 'parent', scopes });
  await backend.ok(mother, 'resident.respondToRequest', { guardianshipId: g.id, accept: true, scopes });
}

/** Reads the agreement preview, then signs exactly it. */
export async function signUp(
  backend: Backend,
  openid: string,
  residentId: string,
  packageCodes: PackageCode[] = ['basic'],
  teamId = SHILONGHU,
  requestId = rid('apply'),
): Promise<Contract> {
  const { hash } = await backend.ok(openid, 'contract.preview', { residentId, teamId, packageCodes });
  return backend.ok(openid, 'contract.apply', { residentId, teamId, packageCodes, agreementHash: hash }, requestId);
}

export async function approve(backend: Backend, contractId: string, staff = STAFF): Promise<Contract> {
  return backend.ok(staff, 'contract.review', { contractId, decision: 'approve' }, rid('review'));
}

/** A staff member of the 洛龙 team, for switches. */
export function addLuolongStaff(backend: Backend): void {
  if (backend.emulator.db.count('accounts', { _id: LUOLONG_STAFF }) > 0) return;
  const now = new Date();
  backend.emulator.db.insert('accounts', {
    _id: LUOLONG_STAFF,
    openid: LUOLONG_STAFF,
    nickname: '赵文斌',
    roles: ['resident', 'staff'],
    staff: { teamId: LUOLONG, name: '赵文斌', role: '全科医生' },
    elderMode: false,
    createdAt: now,
    updatedAt: now,
  });
}

const DAY = 86_400_000;

/** Moves a contract's period so that it ends `daysFromNow` days from now (negative: ended already). */
export function endIn(backend: Backend, contractId: string, daysFromNow: number): { start: Date; end: Date } {
  const end = new Date(Date.now() + daysFromNow * DAY);
  const start = new Date(end.getTime() - 364 * DAY);
  backend.emulator.db.updateMany('contracts', { _id: contractId }, { $set: { 'period.start': start, 'period.end': end } });
  return { start, end };
}

export const code = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'OK' : reply.error!.code);

/**
 * Grants one subscribe-message send of each template to `openid`, as tapping 允许 in WeChat does, and
 * reports the acceptances to the backend, as the mini-program does after the dialog.
 */
export async function subscribe(backend: Backend, openid: string, tmplIds: string[]): Promise<void> {
  const res = await fetch(`${backend.emulator.url}/__dev/wx/requestSubscribeMessage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify({ tmplIds }),
  });
  if (!res.ok) throw new Error(`subscribe failed: ${res.status}`);
  const keys = Object.keys(SUBSCRIBE_TEMPLATES) as SubscribeTemplateKey[];
  const accepted = tmplIds.map((id) => keys.find((k) => SUBSCRIBE_TEMPLATES[k] === id)!);
  await backend.ok(openid, 'resident.recordSubscriptions', { accepted });
}

/** Fires a timer trigger of the contract function now. */
export async function fireTimer(backend: Backend, trigger: 'expireContracts' | 'renewalNotices'): Promise<any> {
  const res = await fetch(`${backend.emulator.url}/__dev/timers/contract/${trigger}`, { method: 'POST' });
  return res.json();
}
