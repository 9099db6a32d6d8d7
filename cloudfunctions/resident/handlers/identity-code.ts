import type { Handler } from '../../core/define-function';
import { IdentityCodeRepository } from '../../core/residents/identity-code-repository';

/**
 * A one-time code for verifying one's identity at the service station: the person shows it with her
 * ID card and a staff member of her team types both in. Each account has one live code; asking again
 * (a retry included) replaces it, so a repeated request never leaves two codes about.
 */
export const identityCode: Handler<'resident.identityCode'> = async (_input, ctx) => {
  const { code, expiresAt } = await new IdentityCodeRepository(ctx.db).issue(ctx.openid, ctx.now());
  return { code, expiresAt: expiresAt.toISOString() };
};
