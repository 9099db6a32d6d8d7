import crypto from 'node:crypto';
import type { FunctionHost } from '../functions/function-host';
import { withCheckChar } from '../../shared/resident/id-number';
import { playReminderStory } from './demo-reminders';
import { playAppointmentStory } from './demo-appointments';
import { playSojournStory } from './demo-sojourn';
import { playReadingStory } from './demo-readings';
import { playClaimStory } from './demo-claim';
import type { FacialVerification } from '../wx/facial-verify';

/** 石龙湖社区第一网格 of the demo grid map, looked after by 石龙湖社区家庭医生团队. */
const GRID = 'cg-shilonghu-01';
const TEAM = 'team-cg-shilonghu';
const STAFF = 'o-staff-zhangyi';

/** Invented ID numbers with valid check characters; the 17th digit is odd for men, even for women. */
export const DEMO_IDS = {
  ligl: withCheckChar('53011419460308002'), // 李桂兰, 1946-03-08
  wangmin: withCheckChar('53010219790512004'), // 王敏, 1979-05-12
  liuzm: withCheckChar('53011419540612001'), // 刘志明, 1954-06-12
  // 张秀英, 1948-05-06: the number on the sample ID card the local OCR reads (emulator/wx/fixtures).
  zhangxy: withCheckChar('53011419480506122'),
};

type Call = (openid: string, action: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

function caller(host: FunctionHost): Call {
  return async (openid, action, input) => {
    const [fn, name] = action.split('.');
    const reply = (await host.invoke(fn, { action: name, input, requestId: `demo-${crypto.randomUUID()}` }, { openid })) as {
      ok: boolean;
      data?: Record<string, unknown>;
      error?: { code: string; message: string };
    };
    if (!reply.ok) throw new Error(`demo story: ${action} as ${openid} failed: ${reply.error?.code} ${reply.error?.message}`);
    return reply.data ?? {};
  };
}

async function sign(call: Call, openid: string, residentId: string, packageCodes: string[]): Promise<string> {
  const { hash } = await call(openid, 'contract.preview', { residentId, teamId: TEAM, packageCodes });
  const contract = await call(openid, 'contract.apply', { residentId, teamId: TEAM, packageCodes, agreementHash: hash });
  return String(contract.id);
}

/**
 * The demo as a story, played through the functions exactly as the personas would in the app, so
 * that records, contracts, access records and notices are all what the product itself writes:
 * - 李桂兰 (80, hypertension, lives alone) has a record and an active contract with 石龙湖 team;
 * - her daughter 王敏 manages her (view, sign and medication reminders), with her consent given in the app;
 * - her team has given her three prescriptions: amlodipine at 08:00 daily, a diet and exercise
   (seed/demo-reminders.ts), and she has confirmed most of the week's doses;
 * - 石龙湖 team has published two weeks of slots, 匹河 team a 知子罗村 mobile-point morning, and she has
 *   booked a visit next week (seed/demo-appointments.ts), after two rated visits this year;
 * - six weeks of her home blood pressure, above target over the last two (seed/demo-readings.ts);
 * - her son 王磊 has asked to see her record, waiting for her consent;
 * - 王磊 has made a record for his aunt 张秀英 (no WeChat), waiting for 张毅 to check her consent in
 *   person; the sample ID card of the local OCR is hers (拍身份证识别);
 * - 李桂兰 and 王敏 have verified their identity (人脸核身); 刘志明 has not yet (his record says so);
 * - 刘志明 has applied to sign, waiting in 张毅's review queue;
 * - 陈建国 from Harbin is wintering in 思茅区, registered with its sojourn team (seed/demo-sojourn.ts);
 * - 何文英 has claimed, by 人脸核身, the record her grandson 孙强 made for her as his own by mistake, and
 *   he has been told (seed/demo-claim.ts).
 */
export async function playDemoStory(host: FunctionHost, faces: FacialVerification): Promise<void> {
  const call = caller(host);
  // 人脸核身 in the app: the emulator plays WeChat's check, the function asks WeChat's server API about it.
  const verify = (openid: string, name: string, idCardNumber: string) =>
    call(openid, 'resident.verifyIdentity', { verifyResult: faces.passed(openid, name, idCardNumber) });
  const mother = await call('o-resident-ligl', 'resident.createProfile', {
    subject: 'self', name: '李桂兰', gender: 'female', birthDate: '1946-03-08', idNumber: DEMO_IDS.ligl,
    phone: '13987650001', address: '昆明市呈贡区洛龙街道石龙湖社区3栋2单元501', gridId: GRID,
    conditions: ['hypertension'], livesAlone: true,
  });
  const motherId = String((mother.profile as { id: string }).id);
  await verify('o-resident-ligl', '李桂兰', DEMO_IDS.ligl);
  const contractId = await sign(call, 'o-resident-ligl', motherId, ['basic', 'chronic']);
  await call(STAFF, 'contract.review', { contractId, decision: 'approve' });

  await call('o-resident-wangmin', 'resident.createProfile', {
    subject: 'self', name: '王敏', gender: 'female', birthDate: '1979-05-12', idNumber: DEMO_IDS.wangmin,
    phone: '13987650002', address: '昆明市五华区华山街道华山西路12号',
  });
  await verify('o-resident-wangmin', '王敏', DEMO_IDS.wangmin);
  const daughter = await call('o-resident-wangmin', 'resident.requestAccess', { name: '李桂兰', idNumber: DEMO_IDS.ligl, relation: 'parent', scopes: ['view', 'sign', 'reminders'] });
  await call('o-resident-ligl', 'resident.respondToRequest', { guardianshipId: daughter.id, accept: true, scopes: ['view', 'sign', 'reminders'] });
  await playReminderStory(call, motherId, new Date());
  await playAppointmentStory(call, motherId, new Date());
  await playReadingStory(call, motherId, new Date());

  await call('o-resident-wanglei', 'resident.requestAccess', { name: '李桂兰', idNumber: DEMO_IDS.ligl, relation: 'parent', scopes: ['view'] });
  await call('o-resident-wanglei', 'resident.createProfile', {
    subject: 'relative', relation: 'other', scopes: ['view', 'sign'], name: '张秀英', gender: 'female', birthDate: '1948-05-06',
    idNumber: DEMO_IDS.zhangxy, phone: '13987650011', address: '昆明市呈贡区洛龙街道石龙湖社区5栋2单元301', gridId: GRID,
  });

  const liu = await call('o-resident-liuzm', 'resident.createProfile', {
    subject: 'self', name: '刘志明', gender: 'male', birthDate: '1954-06-12', idNumber: DEMO_IDS.liuzm,
    phone: '13987650003', address: '昆明市呈贡区洛龙街道石龙湖社区7栋1单元302', gridId: GRID,
    conditions: ['hypertension', 'diabetes'],
  });
  await sign(call, 'o-resident-liuzm', String((liu.profile as { id: string }).id), ['basic', 'chronic']);
  await playSojournStory(call, new Date());
  await playClaimStory(call, faces);
}
