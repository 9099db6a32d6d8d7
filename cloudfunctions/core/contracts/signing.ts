import type { Ctx } from '../context';
import { AppError } from '../errors';
import { authorize, type Access } from '../policy/authorize';
import { TeamRepository } from '../grids/team-repository';
import { ResidentRepository } from '../residents/resident-repository';
import { dayText, renewalOpensAt } from '../../../shared/contract/period';
import { effectiveStatus, type Purpose } from '../../../shared/contract/status';
import { totalFees } from '../../../shared/contract/packages';
import { draftAgreement, type DraftAgreement } from './agreement';
import type { ContractDoc, SignedBy } from './contract-docs';
import { ContractRepository, type NewApplication } from './contract-repository';
import { currentAndNext } from './contract-views';
import { chooseLines, offersFor } from './offers';

export interface SigningRequest {
  residentId: string;
  teamId: string;
  packageCodes: string[];
  purpose: Purpose;
  previousContractId: string | null;
  reason: string | null;
}

export interface PreparedSigning {
  access: Access;
  application: NewApplication;
  agreement: DraftAgreement;
}

/** Who signs: the resident, or the family member acting with the 签约 scope, by their own profile's name. */
export async function signerOf(ctx: Ctx, access: Access): Promise<SignedBy> {
  if (access.as === 'self') return { openid: ctx.openid, as: 'self', name: access.resident.name, relation: null };
  const own = await new ResidentRepository(ctx.db).findOwnedBy(ctx.openid);
  return {
    openid: ctx.openid,
    as: 'guardian',
    name: own?.name ?? access.guardianship?.guardianName ?? access.actor?.nickname ?? '家人',
    relation: access.guardianship?.relation ?? null,
  };
}

function waiting(next: ContractDoc): AppError {
  if (next.status === 'scheduled' && next.period) {
    return new AppError('CONFLICT', `已续约，新的签约将于${dayText(new Date(next.period.start))}生效；如需更改，请先撤回续约`);
  }
  return new AppError('CONFLICT', `已有一份签约申请正在等待${next.team.name}审核，请等待审核结果，或先撤回该申请`);
}

/** The contract a switch or renewal continues, after checking it may be continued that way now. */
function previousFor(req: SigningRequest, docs: ContractDoc[], current: ContractDoc | null, now: Date): ContractDoc | null {
  if (req.purpose === 'new') {
    if (current) {
      throw new AppError('CONFLICT', `已与${current.team.name}签约，服务期至${dayText(new Date(current.period!.end))}。如需更换团队请办理换签`);
    }
    return null;
  }
  const previous = docs.find((d) => d._id === req.previousContractId);
  if (!previous) throw new AppError('NOT_FOUND', '没有找到原来的签约', 'previousContractId');
  if (req.purpose === 'switch') {
    if (previous !== current) throw new AppError('CONFLICT', '原签约已不在服务期内，无需换签，请直接签约');
    if (previous.teamId === req.teamId) throw new AppError('INVALID_INPUT', '您已与该团队签约，换签请选择其他团队', 'teamId');
    return previous;
  }
  if (previous === current) {
    const opens = renewalOpensAt(new Date(previous.period!.end));
    if (now.getTime() < opens.getTime()) throw new AppError('NOT_ELIGIBLE', `到期前30天起才能续约，${dayText(opens)}起可以办理`);
    return previous;
  }
  const latestEnded = docs.find((d) => d.period !== null && effectiveStatus(d, now) !== 'active');
  if (current || previous !== latestEnded || effectiveStatus(previous, now) !== 'expired') {
    throw new AppError('CONFLICT', '只能续约最近一份到期或即将到期的签约');
  }
  return previous;
}

/**
 * Everything checked before someone signs, shared by the agreement preview and the signing itself:
 * the caller may sign for the resident (themself, or family with the 签约 scope and current consent),
 * the team exists, the resident's contracts allow this kind of application now, the packages are
 * offered and the resident qualifies for each. Gives the application and the agreement to sign.
 */
export async function prepareSigning(ctx: Ctx, req: SigningRequest): Promise<PreparedSigning> {
  const access = await authorize(ctx, { residentId: req.residentId, permission: 'contract.sign' });
  const now = ctx.now();
  const team = await new TeamRepository(ctx.db).find(req.teamId);
  if (!team) throw new AppError('NOT_FOUND', '没有找到该家庭医生团队，请重新选择', 'teamId');

  const docs = await new ContractRepository(ctx.db).forResident(req.residentId);
  const { current, next } = currentAndNext(docs, now);
  const previous = previousFor(req, docs, current, now);
  if (next) throw waiting(next);

  const lines = chooseLines(await offersFor(ctx.db, team._id, access.resident, now), req.packageCodes);
  const signedBy = await signerOf(ctx, access);
  const teamInfo = { name: team.name, institution: team.institution, phone: team.phone };
  const agreement = draftAgreement({
    purpose: req.purpose,
    resident: access.resident,
    team: teamInfo,
    previousTeamName: previous?.team.name ?? null,
    lines,
    signer: signedBy,
    at: now,
  });
  const application: NewApplication = {
    residentId: access.resident._id,
    residentName: access.resident.name,
    residentOpenid: access.resident.ownerOpenid,
    teamId: team._id,
    team: teamInfo,
    kind: 'regular',
    purpose: req.purpose,
    previousContractId: previous?._id ?? null,
    packages: lines,
    fees: totalFees(lines),
    signedBy,
    agreement: {
      templateVersion: agreement.templateVersion,
      values: agreement.values,
      title: agreement.title,
      text: agreement.text,
      hash: agreement.hash,
      signedAt: now,
    },
    reason: req.reason,
    submittedAt: now,
  };
  return { access, application, agreement };
}

/**
 * Signs: the text the person read (by its hash) must be the text that would be signed now, then the
 * application is stored and takes the resident's one place for a waiting application.
 */
export async function sign(ctx: Ctx, req: SigningRequest, agreementHash: string): Promise<ContractDoc> {
  const { application, agreement } = await prepareSigning(ctx, req);
  if (agreement.hash !== agreementHash) {
    throw new AppError('CONFLICT', '协议内容已有变化（如日期、服务包或档案信息），请重新阅读后再确认', 'agreementHash');
  }
  return new ContractRepository(ctx.db).submit(application, ctx.now());
}
