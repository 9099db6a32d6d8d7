import type { Backend } from './harness';
import type { ActionInput } from '../../shared/api';
import type { Scope } from '../../shared/policy/scopes';
import { withCheckChar } from '../../shared/resident/id-number';
import { FULL_ID } from './security/reply-recorder';

/** Invented ID numbers of the demo people (valid check characters, birth dates and genders). */
export const IDS = {
  ligl: withCheckChar('53011419460308002'), // 李桂兰, female, 1946-03-08, 呈贡区
  wangmin: withCheckChar('53010219790512004'), // 王敏, female, 1979-05-12, 五华区
  chenjg: withCheckChar('23010219580120001'), // 陈建国, male, 1958-01-20, 哈尔滨
  stranger: withCheckChar('53011419900101003'), // male, 1990-01-01
};

export const GRID_SHILONGHU = 'grid-test-shilonghu';
export const GRID_SIMAO = 'grid-test-simao';
export const ALL_SCOPES: Scope[] = ['view', 'book', 'sign', 'reminders'];

/** Grids of the two demo teams, and the teams when the demo data has not made them. */
export function addTestGrids(backend: Backend): void {
  const db = backend.emulator.db;
  db.insert('grids', [
    { _id: `${GRID_SHILONGHU}@test`, gridId: GRID_SHILONGHU, importId: 'test', name: '石龙湖社区第一网格', teamId: 'team-cg-shilonghu' },
    { _id: `${GRID_SIMAO}@test`, gridId: GRID_SIMAO, importId: 'test', name: '思茅旅居网格', teamId: 'team-pe-sojourn-simao' },
  ]);
  for (const [_id, name] of [
    ['team-cg-shilonghu', '石龙湖社区家庭医生团队'],
    ['team-pe-sojourn-simao', '思茅旅居服务团队'],
  ]) {
    if (db.count('teams', { _id }) === 0) db.insert('teams', { _id, name });
  }
}

type CreateInput = ActionInput<'resident.createProfile'>;

export const ligl = (over: Partial<CreateInput> = {}): CreateInput => ({
  subject: 'self',
  name: '李桂兰',
  gender: 'female',
  birthDate: '1946-03-08',
  idNumber: IDS.ligl,
  phone: '13987650001',
  address: '昆明市呈贡区洛龙街道石龙湖社区3栋',
  gridId: GRID_SHILONGHU,
  conditions: ['hypertension'],
  livesAlone: true,
  ...over,
});

export const wangmin = (over: Partial<CreateInput> = {}): CreateInput => ({
  subject: 'self',
  name: '王敏',
  gender: 'female',
  birthDate: '1979-05-12',
  idNumber: IDS.wangmin,
  phone: '13987650002',
  address: '昆明市五华区华山街道1号',
  ...over,
});

export const stranger = (over: Partial<CreateInput> = {}): CreateInput => ({
  subject: 'self',
  name: '赵强',
  gender: 'male',
  birthDate: '1990-01-01',
  idNumber: IDS.stranger,
  phone: '13987650003',
  address: '昆明市呈贡区吴家营街道5号',
  ...over,
});

/** A child's ID number and birth date, `yearsAgo` years and `daysAgo` days before today (local). */
export function childBorn(yearsAgo: number, daysAgo = 0, seq = '002'): { idNumber: string; birthDate: string } {
  const local = new Date(Date.now() + 8 * 3_600_000);
  const d = new Date(Date.UTC(local.getUTCFullYear() - yearsAgo, local.getUTCMonth(), local.getUTCDate() - daysAgo));
  const birthDate = d.toISOString().slice(0, 10);
  return { birthDate, idNumber: withCheckChar(`530114${birthDate.replace(/-/g, '')}${seq}`) };
}

/** Every full ID number a reply must never carry: the known ones, and any stand-alone one (FULL_ID). */
export function fullIdPattern(extra: string[] = []): RegExp {
  const known = [...Object.values(IDS), ...extra].map((s) => s.replace('X', '\\X'));
  return new RegExp(`${known.join('|')}|${FULL_ID.source}`);
}

/**
 * `openid` goes through 人脸核身 in the app for `person` (the emulator plays WeChat: the check passes
 * unless it knows the account's real person to be someone else) and gets the `verifyResult`.
 */
export function faceCheck(backend: Backend, openid: string, person: { name: string; idNumber: string }): string {
  const reply = backend.emulator.faces.start(openid, { name: person.name, idCardNumber: person.idNumber });
  if (!reply.verifyResult) throw new Error(`face check failed: ${reply.errMsg}`);
  return reply.verifyResult;
}

/** The holder of a self-made profile proves she is its person (人脸核身), as the app does before family can reach her. */
export async function verifyIdentity(backend: Backend, openid: string, person: { name: string; idNumber: string }): Promise<void> {
  await backend.ok(openid, 'resident.verifyIdentity', { verifyResult: faceCheck(backend, openid, person) });
}
