import type { Database } from '../cloudbase';
import { notifyPeople } from '../notices/notify';
import type { GuardianshipDoc } from './guardianship-repository';
import { GUARDIAN_RELATION_LABELS } from '../../../shared/resident/vocabulary';
import { SCOPE_LABELS, type Scope } from '../../../shared/policy/scopes';
import { pagePath } from '../../../shared/pages/page-paths';
import { thing, wxTime } from '../wx/fields';

type Env = { db: Database; now(): Date; log(message: string, extra?: Record<string, unknown>): void };

const scopesText = (scopes: readonly Scope[]) => scopes.map((s) => SCOPE_LABELS[s]).join('、');

/**
 * The notices of a family request, each to the side it concerns, sent once the change is written:
 * the resident hears of a request waiting for her consent (an in-app request only: an in-person one
 * is answered at the service station), in the app and by WeChat message when she accepted the
 * `familyRequest` template; the relative hears her answer, and whoever did not end an access hears
 * that it ended.
 */
export const familyNotices = {
  requested(env: Env, g: GuardianshipDoc, residentOpenid: string | null) {
    if (g.consentRoute !== 'in_app') return Promise.resolve(null);
    const who = `${g.guardianName}（您的${GUARDIAN_RELATION_LABELS[g.relation]}）`;
    return notifyPeople(env, {
      to: [residentOpenid],
      residentId: g.residentId,
      guardianshipId: g._id,
      notice: {
        kind: 'family_request',
        title: `${g.guardianName}请求代您办理，等您同意`,
        body: `${who}申请代您：${scopesText(g.requestedScopes)}。请看清每项的含义后选择同意或拒绝，同意后也可以随时撤销。`,
      },
      message: {
        template: 'familyRequest',
        data: {
          name1: g.guardianName.slice(0, 10),
          thing2: thing(`代您办理：${scopesText(g.requestedScopes)}`),
          time3: wxTime(env.now()),
          thing4: thing('请看清每项含义后同意或拒绝'),
        },
        page: pagePath('familyConsent', { guardianshipId: g._id }),
      },
    });
  },

  answered(env: Env, g: GuardianshipDoc, accepted: Scope[] | null) {
    return notifyPeople(env, {
      to: [g.guardianOpenid],
      residentId: g.residentId,
      guardianshipId: g._id,
      notice: accepted
        ? { kind: 'access_granted', title: `${g.residentName}已同意您代办`, body: `${g.residentName}同意您代为：${scopesText(accepted)}，有效期12个月。可以在“家人与代管”中为${g.residentName}办理。` }
        : { kind: 'access_declined', title: `${g.residentName}没有同意代办申请`, body: `${g.residentName}拒绝了您的代管申请。如有需要，可以当面商量后重新申请。` },
      message: null,
    });
  },

  ended(env: Env, g: GuardianshipDoc, by: 'resident' | 'guardian' | 'staff', residentOpenid: string | null) {
    const toGuardian = by !== 'guardian';
    return notifyPeople(env, {
      to: toGuardian ? [g.guardianOpenid] : [residentOpenid],
      residentId: g.residentId,
      guardianshipId: g._id,
      notice: toGuardian
        ? { kind: 'access_revoked', title: `您对${g.residentName}的代管已结束`, body: by === 'staff' ? `应${g.residentName}本人要求，家庭医生团队已结束您的代管。` : `${g.residentName}撤销了您的代管，您不能再代为查看或办理。` }
        : { kind: 'access_revoked', title: `${g.guardianName}不再代您办理`, body: `${g.guardianName}已放弃或撤回对您的代管申请。` },
      message: null,
    });
  },
};
