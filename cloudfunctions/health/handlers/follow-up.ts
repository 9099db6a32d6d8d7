import type { Handler } from '../../core/define-function';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { activeContract } from '../../core/appointments/eligibility';
import { ReadingRepository } from '../../core/readings/reading-repository';
import { VisitRepository } from '../../core/visits/visit-repository';
import { servicesOf, type ServiceCode } from '../../../shared/appointment/services';

/**
 * Staff record that they followed a patient up (by phone or on a round): every urgent reading still
 * open is marked followed up, and, under a contract with the caller's team, the follow-up is a
 * service record that counts in the contract's fulfilment (慢病随访 with the chronic package,
 * 健康咨询 otherwise). Made once per requestId.
 */
export const followUp: Handler<'health.followUp'> = async ({ residentId, channel, note }, ctx) => {
  const access = await authorize(ctx, { residentId, permission: 'readings.followUp' });
  const staffTeam = access.actor?.staff?.teamId ?? null;
  const byName = access.actor?.staff?.name ?? '家庭医生团队';
  return once(ctx, async () => {
    const now = ctx.now();
    const contract = await activeContract(ctx, residentId);
    let visitId: string | null = null;
    let services: ServiceCode[] = [];
    if (contract && contract.teamId === staffTeam) {
      const offered = servicesOf(contract.packages.map((p) => p.code));
      services = [offered.includes('chronic_followup') ? 'chronic_followup' : 'health_education'];
      const visit = await new VisitRepository(ctx.db).add(
        {
          residentId,
          residentName: access.resident.name,
          teamId: contract.teamId,
          contractId: contract._id,
          appointmentId: null,
          channel,
          services,
          note,
          nextFollowUp: null,
          at: now,
          recordedBy: { openid: ctx.openid, name: byName },
        },
        now,
      );
      visitId = visit._id;
    }
    const readings = new ReadingRepository(ctx.db);
    const open = await readings.openUrgent([residentId]);
    const followedUp = await readings.markFollowedUp(
      residentId,
      open.map((r) => r._id),
      { at: now, by: ctx.openid, byName, visitId },
    );
    return { followedUp, visitId, services };
  });
};
