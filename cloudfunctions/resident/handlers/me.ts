import type { Handler } from '../../core/define-function';
import { AccountRepository, toAccount } from '../../core/accounts/account-repository';

/** The caller's own account, created on the first call. */
export const me: Handler<'resident.me'> = async (_input, ctx) => {
  const account = await new AccountRepository(ctx.db).findOrCreate(ctx.openid, ctx.now());
  return toAccount(ctx.db, account);
};
