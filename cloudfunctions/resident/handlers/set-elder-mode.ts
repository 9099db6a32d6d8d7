import type { Handler } from '../../core/define-function';
import { AccountRepository, toAccount } from '../../core/accounts/account-repository';

/** Turns large text and big tap targets on or off for the caller. */
export const setElderMode: Handler<'resident.setElderMode'> = async ({ enabled }, ctx) => {
  const accounts = new AccountRepository(ctx.db);
  const account = await accounts.findOrCreate(ctx.openid, ctx.now());
  await accounts.setElderMode(ctx.openid, enabled, ctx.now());
  return toAccount(ctx.db, { ...account, elderMode: enabled });
};
