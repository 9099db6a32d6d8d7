import type { Handler } from '../../core/define-function';
import { authorize } from '../../core/policy/authorize';
import { activeContract } from '../../core/appointments/eligibility';
import { VisitRepository } from '../../core/visits/visit-repository';
import { toVisit } from '../../core/visits/visit-views';
import { fulfilment as progress, SERVICE_ITEMS, servicesOf } from '../../../shared/appointment/services';

/**
 * 履约进度: what the contract in effect has delivered against what its packages promise a year, with
 * the service records; the resident, family who may view records, and the team see it.
 */
export const fulfilment: Handler<'appointment.fulfilment'> = async ({ residentId }, ctx) => {
  const access = await authorize(ctx, { residentId, permission: 'records.read' });
  const [contract, visits] = await Promise.all([activeContract(ctx, residentId), new VisitRepository(ctx.db).forResident(residentId, 200)]);
  const mayRate = access.as === 'self' || access.scopes.includes('book');
  const codes = contract ? contract.packages.map((p) => p.code) : [];
  const start = contract?.period ? new Date(contract.period.start).getTime() : 0;
  const end = contract?.period ? new Date(contract.period.end).getTime() : 0;
  const inYear = visits.filter((v) => v.contractId === contract?._id && new Date(v.at).getTime() >= start && new Date(v.at).getTime() <= end);
  return {
    contract:
      contract && contract.period
        ? {
            id: contract._id,
            teamId: contract.teamId,
            teamName: contract.team.name,
            start: new Date(contract.period.start).toISOString(),
            end: new Date(contract.period.end).toISOString(),
            packages: contract.packages.map((p) => p.name),
          }
        : null,
    lines: progress(codes, inYear.flatMap((v) => v.services)),
    visits: visits.slice(0, 30).map((v) => toVisit(v, mayRate)),
    services: servicesOf(codes).map((code) => ({ code, label: SERVICE_ITEMS[code].label })),
  };
};
