import type { Database } from '../cloudbase';
import { AppError } from '../errors';
import type { PackageOffer } from '../../../shared/api/contract';
import { checkEligibility, ELIGIBILITY_TEXT, normalizeChoice, selfPay } from '../../../shared/contract/packages';
import type { HealthFacts } from '../../../shared/resident/classification';
import type { ContractPackage, PackageDoc } from './contract-docs';
import { PackageRepository } from './package-repository';

/** A package as a team offers it to a person (or to anyone, without facts). */
export function offerOf(pkg: PackageDoc, teamId: string, facts: HealthFacts | null, at: Date): PackageOffer {
  const coverage = pkg.coverage.find((c) => c.teamId === teamId) ?? null;
  const insuranceYuan = coverage ? Math.min(coverage.insuranceYuan, pkg.feeYuan) : 0;
  const check = facts ? checkEligibility(pkg.eligibility, facts, at) : null;
  return {
    code: pkg.code,
    name: pkg.name,
    kind: pkg.kind,
    summary: pkg.summary,
    services: pkg.services,
    feeYuan: pkg.feeYuan,
    insuranceYuan,
    selfPayYuan: selfPay({ feeYuan: pkg.feeYuan, insuranceYuan }),
    coverageNote: coverage?.note ?? null,
    forWhom: ELIGIBILITY_TEXT[pkg.eligibility],
    required: pkg.kind === 'basic',
    eligible: check ? check.eligible : null,
    basis: check?.eligible ? check.basis : null,
    reason: check && !check.eligible ? check.reason : null,
    fixInProfile: check !== null && !check.eligible && check.fixInProfile,
  };
}

/** Every package the team offers, each checked against the person's facts. */
export async function offersFor(db: Database, teamId: string, facts: HealthFacts | null, at: Date): Promise<PackageOffer[]> {
  const catalogue = await new PackageRepository(db).catalogue();
  return catalogue.filter((p) => p.teamIds.length === 0 || p.teamIds.includes(teamId)).map((p) => offerOf(p, teamId, facts, at));
}

/**
 * The packages a contract will hold, as signed: the basic package always, and each chosen one that the
 * team offers and the person qualifies for. NOT_ELIGIBLE names the first package that does not fit.
 */
export function chooseLines(offers: readonly PackageOffer[], chosen: readonly string[]): ContractPackage[] {
  const basic = offers.find((o) => o.required);
  if (!basic) throw new AppError('NOT_FOUND', '该团队暂未公布服务包，请联系团队');
  for (const code of chosen) {
    const offer = offers.find((o) => o.code === code);
    if (!offer) throw new AppError('INVALID_INPUT', '该团队不提供所选的服务包，请重新选择', 'packageCodes');
    if (offer.eligible === false) throw new AppError('NOT_ELIGIBLE', `“${offer.name}”${offer.reason ?? '不符合办理条件'}`, 'packageCodes');
  }
  const codes = normalizeChoice(chosen, offers.map((o) => o.code), basic.code);
  return codes.map((code) => {
    const o = offers.find((x) => x.code === code)!;
    return { code: o.code, name: o.name, kind: o.kind, feeYuan: o.feeYuan, insuranceYuan: o.insuranceYuan, selfPayYuan: o.selfPayYuan, services: o.services };
  });
}
