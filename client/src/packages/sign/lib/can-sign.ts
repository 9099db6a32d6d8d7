import { call } from '../../../api';

/** Whether the caller may act on this person's contracts; a team member or a family member with `view` only may not. */
export async function canSign(residentId: string): Promise<boolean> {
  try {
    return (await call('contract.mine', { residentId })).canSign;
  } catch {
    return false;
  }
}
