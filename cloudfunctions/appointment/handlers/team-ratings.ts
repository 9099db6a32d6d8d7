import type { Handler } from '../../core/define-function';
import { AccountRepository, staffTeamOf } from '../../core/accounts/account-repository';
import { VisitRepository } from '../../core/visits/visit-repository';
import { satisfaction } from '../../../shared/appointment/services';
import { decideTeam } from '../../../shared/policy/team-actions';

/**
 * A team's ratings: count, average and satisfaction rate (满意率, the share of 4-5 stars) for the team
 * card, and for the team's own staff the recent ratings with comments and who recorded each visit.
 * Ratings name no resident.
 */
export const teamRatings: Handler<'appointment.teamRatings'> = async ({ teamId }, ctx) => {
  const [rated, actor] = await Promise.all([new VisitRepository(ctx.db).ratedForTeam(teamId), new AccountRepository(ctx.db).find(ctx.openid)]);
  const ownTeam = decideTeam('ratings.read', { staffTeamId: staffTeamOf(actor) }, teamId).allowed;
  return {
    ...satisfaction(rated.map((v) => v.ratingStars ?? 0)),
    recent: ownTeam
      ? rated.slice(0, 50).map((v) => ({
          stars: v.rating!.stars,
          tags: v.rating!.tags,
          comment: v.rating!.comment,
          at: new Date(v.rating!.at).toISOString(),
          staffName: v.recordedBy.name,
        }))
      : null,
  };
};
