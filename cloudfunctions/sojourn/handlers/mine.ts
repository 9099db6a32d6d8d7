import type { Handler } from '../../core/define-function';
import { authorize } from '../../core/policy/authorize';
import { StayRepository, isOpen } from '../../core/sojourn/stay-repository';
import { homeContractOf } from '../../core/sojourn/home-contract';
import { toStay } from '../../core/sojourn/stay-views';
import { localDay } from '../../../shared/resident/age';

/**
 * The resident's teams for the me tab: the home contract's team and the stay (current and past), and
 * a registration just turned down, so that it can be made again with its reason in view.
 */
export const mine: Handler<'sojourn.mine'> = async ({ residentId }, ctx) => {
  await authorize(ctx, { residentId, permission: 'contract.read' });
  const now = ctx.now();
  const [stays, home] = await Promise.all([new StayRepository(ctx.db).forResident(residentId), homeContractOf(ctx, residentId)]);
  const current = stays.find((s) => isOpen(s, now)) ?? null;
  // Newest first: a refusal counts only while it is the last word on the resident's registrations.
  const latest = stays[0];
  return {
    current: current ? toStay(current, now, 'resident') : null,
    home: home?.period ? { team: { id: home.teamId, ...home.team }, until: localDay(new Date(home.period.end)) } : null,
    past: stays.filter((s) => s !== current && s.review?.decision === 'approve').map((s) => toStay(s, now, 'resident')),
    turnedDown: latest && latest !== current && latest.status === 'rejected' ? toStay(latest, now, 'resident') : null,
  };
};
