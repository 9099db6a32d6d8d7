import type { ResidentDoc } from '../residents/resident-repository';
import type { ContractDoc, PackageDoc } from './contract-docs';
import { checkEligibility } from '../../../shared/contract/packages';
import { ageOn } from '../../../shared/resident/age';
import { elderlyRisk, PRIORITY_GROUP_LABELS, priorityGroups } from '../../../shared/resident/classification';
import { maskIdNumber } from '../../../shared/resident/id-number';
import { CONDITION_LABELS, RISK_FACTOR_LABELS } from '../../../shared/resident/vocabulary';

/** 李桂兰 -> 李*兰, 王敏 -> 王*, 玉罕·岩温 -> 玉****温: enough to tell applications apart. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * What a reviewer sees of the person behind an application: masked name and ID number, age, area,
 * the phone number to call them, and what bears on the packages and on the care they will need
 * (conditions, priority groups, living alone, the elderly risk level and risk factors).
 */
export function reviewSummary(c: ContractDoc, r: ResidentDoc, catalogue: PackageDoc[], area: string, previous: ContractDoc | null, now: Date) {
  return {
    name: maskName(r.name),
    gender: r.gender,
    age: ageOn(r.birthDate, now),
    idNumberMasked: maskIdNumber(r.idMasked),
    area,
    conditions: r.conditions.map((x) => CONDITION_LABELS[x]),
    priorityGroups: priorityGroups(r, now).map((g) => PRIORITY_GROUP_LABELS[g]),
    packageChecks: c.packages.map((p) => {
      const rule = catalogue.find((k) => k.code === p.code)?.eligibility ?? 'everyone';
      const check = checkEligibility(rule, r, now);
      return { code: p.code, name: p.name, eligible: check.eligible, note: check.eligible ? check.basis : check.reason };
    }),
    currentTeamName: previous && previous.teamId !== c.teamId ? previous.team.name : null,
    phone: r.phone,
    livesAlone: r.livesAlone,
    elderlyRisk: elderlyRisk(r, now),
    riskFactors: r.riskFactors.map((f) => RISK_FACTOR_LABELS[f]),
  };
}
