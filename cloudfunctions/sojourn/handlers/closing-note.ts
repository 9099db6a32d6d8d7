import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { StayRepository } from '../../core/sojourn/stay-repository';
import { toStay } from '../../core/sojourn/stay-views';

/** The sojourn team's closing note for the handback summary, written during the stay (`stay.note`). */
export const closingNote: Handler<'sojourn.closingNote'> = async ({ stayId, text }, ctx) => {
  const repo = new StayRepository(ctx.db);
  const stay = await repo.find(stayId);
  if (!stay) throw new AppError('NOT_FOUND', '没有找到这份旅居登记', 'stayId');
  const access = await authorize(ctx, { residentId: stay.residentId, permission: 'stay.note' });
  if (access.actor?.staff?.teamId !== stay.teamId) {
    throw new AppError('FORBIDDEN', '旅居小结由旅居服务团队在旅居期间填写');
  }
  await once(ctx, async () => {
    const by = `${access.actor?.staff?.name ?? '团队成员'}（${stay.team.name}）`;
    await repo.setClosingNote(stay._id, { text, by, at: ctx.now() }, ctx.now());
    return null;
  });
  return toStay((await repo.find(stay._id))!, ctx.now(), 'staff');
};
