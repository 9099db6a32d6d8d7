import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { signerOf } from '../../core/contracts/signing';
import { TeamRepository } from '../../core/grids/team-repository';
import { StayRepository } from '../../core/sojourn/stay-repository';
import { homeContractOf } from '../../core/sojourn/home-contract';
import { toStay } from '../../core/sojourn/stay-views';
import { checkStayDates, stayPeriod } from '../../../shared/sojourn/stay-rules';
import { localDay } from '../../../shared/resident/age';

/**
 * Registers a stay with a sojourn team (旅居登记): the resident, or family who may sign for them. The
 * registration waits for the team's review; the home contract is kept. A visitor without a home
 * team in the system names their home institution instead.
 */
export const register: Handler<'sojourn.register'> = async (input, ctx) => {
  const access = await authorize(ctx, { residentId: input.residentId, permission: 'contract.sign' });
  const now = ctx.now();
  const dates = checkStayDates(input.arrival, input.departure, localDay(now));
  if (dates) throw new AppError('INVALID_INPUT', dates.message, dates.field);
  const team = await new TeamRepository(ctx.db).find(input.teamId);
  if (!team) throw new AppError('NOT_FOUND', '没有找到这个团队', 'teamId');
  if (!team.sojourn) throw new AppError('INVALID_INPUT', `${team.name}不提供旅居服务，请选择旅居服务团队`, 'teamId');
  const home = await homeContractOf(ctx, input.residentId);
  if (home?.teamId === team._id) throw new AppError('CONFLICT', `您已与${team.name}签约，无需再登记旅居`, 'teamId');
  if (!home && !input.homeInstitution) throw new AppError('INVALID_INPUT', '请填写家乡签约机构的名称和电话，以便旅居结束后转交健康小结', 'homeInstitution');

  const repo = new StayRepository(ctx.db);
  const id = await once(
    ctx,
    async () => {
      const doc = await repo.submit(
        {
          residentId: access.resident._id,
          residentName: access.resident.name,
          residentOpenid: access.resident.ownerOpenid,
          teamId: team._id,
          team: { name: team.name, institution: team.institution, phone: team.phone },
          period: stayPeriod(input.arrival, input.departure),
          address: input.address,
          emergencyContact: input.emergencyContact,
          homeInstitution: home ? null : input.homeInstitution,
          homeTeam: home ? { id: home.teamId, ...home.team } : null,
          conditions: input.conditions,
          medicines: input.medicines,
          shareScopes: input.shareScopes,
          signedBy: await signerOf(ctx, access),
          submittedAt: now,
        },
        now,
      );
      return doc._id;
    },
  );
  return toStay((await repo.find(id))!, ctx.now(), 'resident');
};
