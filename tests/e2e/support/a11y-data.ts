import { addDays, dayOf } from '../../../shared/appointment/local-time';
import { withCheckChar } from '../../../shared/resident/id-number';
import { verifyIdentityAs, type SuiteApp } from '../harness';
import { sceneCaller } from './scene';

/** Invented ID numbers with valid check characters (the 17th digit: odd for men, even for women). */
const IDS = {
  mother: withCheckChar('53011419470411002'),
  daughter: withCheckChar('53010219800623004'),
  applicant: withCheckChar('53011419550709001'),
};
export const PEOPLE = {
  mother: 'o-resident-ligl',
  daughter: 'o-resident-wangmin',
  son: 'o-resident-wanglei',
  applicant: 'o-resident-liuzm',
  newcomer: 'o-resident-new',
  staff: 'o-staff-zhangyi',
  sojournStaff: 'o-staff-yangli',
} as const;
const GRID = 'cg-shilonghu-01';
export const TEAM = 'team-cg-shilonghu';
const SOJOURN_TEAM = 'team-pe-sojourn-simao';

type Data = Record<string, unknown>;
type Call = ReturnType<typeof sceneCaller>;

export interface A11yData {
  motherId: string;
  contractId: string;
  /** The son's request, waiting for the mother's answer. */
  pendingRequestId: string;
  /** The mother's stay in 思茅区, ended early: its handback summary is readable. */
  summaryStayId: string;
}

/**
 * What the audited pages show: the mother with a record and an active contract, her daughter
 * managing her, her son's request waiting for her answer, an application in the staff member's queue.
 */
export async function makeData(app: SuiteApp): Promise<A11yData> {
  const call = sceneCaller(app);
  const mother = await call(PEOPLE.mother, 'resident.createProfile', {
    subject: 'self', name: '李桂兰', gender: 'female', birthDate: '1947-04-11', idNumber: IDS.mother,
    phone: '13987650101', address: '昆明市呈贡区洛龙街道石龙湖社区3栋2单元501', gridId: GRID,
    conditions: ['hypertension'], livesAlone: true,
  });
  const motherId = String((mother.profile as { id: string }).id);
  await verifyIdentityAs(app, PEOPLE.mother, '李桂兰', IDS.mother);
  const contractId = await sign(call, PEOPLE.mother, motherId);
  await call(PEOPLE.staff, 'contract.review', { contractId, decision: 'approve' });

  await call(PEOPLE.daughter, 'resident.createProfile', {
    subject: 'self', name: '王敏', gender: 'female', birthDate: '1980-06-23', idNumber: IDS.daughter,
    phone: '13987650102', address: '昆明市五华区华山街道华山西路12号',
  });
  const request = await call(PEOPLE.daughter, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.mother, relation: 'parent', scopes: ['view', 'sign'] });
  await call(PEOPLE.mother, 'resident.respondToRequest', { guardianshipId: request.id, accept: true, scopes: ['view', 'sign'] });

  const pending = await call(PEOPLE.son, 'resident.requestAccess', { name: '李桂兰', idNumber: IDS.mother, relation: 'parent', scopes: ['view'] });

  const applicant = await call(PEOPLE.applicant, 'resident.createProfile', {
    subject: 'self', name: '刘志明', gender: 'male', birthDate: '1955-07-09', idNumber: IDS.applicant,
    phone: '13987650103', address: '昆明市呈贡区洛龙街道石龙湖社区7栋1单元302', gridId: GRID,
    conditions: ['hypertension', 'diabetes'],
  });
  await sign(call, PEOPLE.applicant, String((applicant.profile as { id: string }).id));

  const summaryStayId = await staySummary(call, motherId);
  const daughterId = String(((await call(PEOPLE.daughter, 'resident.listMine', {})).self as { id: string }).id);
  const guest = await stay(call, PEOPLE.daughter, daughterId, { name: '哈尔滨市南岗区王岗镇社区卫生服务中心', phone: '0451-86661234' });
  await call(PEOPLE.sojournStaff, 'sojourn.closingNote', { stayId: guest, text: '旅居期间血压平稳，已做中医体质辨识，建议回家后继续每周测量两次。' });
  return { motherId, contractId, pendingRequestId: String(pending.id), summaryStayId };
}

const today = () => dayOf(new Date());
const inDays = (n: number) => addDays(today(), n);

/** A stay in 思茅区 from today for 90 days, approved by the sojourn team. */
async function stay(call: Call, openid: string, residentId: string, homeInstitution: Data | null): Promise<string> {
  const registered = await call(openid, 'sojourn.register', {
    residentId, teamId: SOJOURN_TEAM, arrival: today(), departure: inDays(90), address: '普洱市思茅区茶马古城旅游小镇B区2栋301',
    emergencyContact: { name: '王磊', phone: '13987650104' }, homeInstitution, conditions: '高血压', medicines: '氨氯地平 每日1次', shareScopes: ['conditions', 'readings'],
  });
  await call(PEOPLE.sojournStaff, 'sojourn.review', { stayId: registered.id, decision: 'approve' });
  return String(registered.id);
}

/** The mother's stay with a reading, the team's closing note, then ended early: a summary with content. */
async function staySummary(call: Call, motherId: string): Promise<string> {
  const stayId = await stay(call, PEOPLE.mother, motherId, null);
  await call(PEOPLE.mother, 'health.record', { residentId: motherId, kind: 'bp', systolic: 136, diastolic: 84 });
  await call(PEOPLE.sojournStaff, 'sojourn.closingNote', { stayId, text: '旅居期间血压控制尚可，建议回家后继续每周测量，按时服药。' });
  await call(PEOPLE.mother, 'sojourn.end', { stayId });
  return stayId;
}

async function sign(call: Call, openid: string, residentId: string): Promise<string> {
  const packageCodes = ['basic', 'chronic'];
  const { hash } = await call(openid, 'contract.preview', { residentId, teamId: TEAM, packageCodes });
  const contract = await call(openid, 'contract.apply', { residentId, teamId: TEAM, packageCodes, agreementHash: hash });
  return String(contract.id);
}

/** Turns 长辈模式 on or off in each account. */
export async function setElderMode(app: SuiteApp, enabled: boolean): Promise<void> {
  const call = sceneCaller(app);
  for (const openid of Object.values(PEOPLE)) await call(openid, 'resident.setElderMode', { enabled });
}
