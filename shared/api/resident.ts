import { z } from 'zod';

export const ZRole = z.enum(['resident', 'staff']);
export const ZStaffBinding = z.object({
  teamId: z.string(),
  name: z.string(),
  role: z.string(),
});

/** The caller's account as the screens see it. */
export const ZAccount = z.object({
  openid: z.string(),
  nickname: z.string(),
  roles: z.array(ZRole),
  staff: ZStaffBinding.nullable(),
  elderMode: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof ZAccount>;

export const ZMeInput = z.object({}).strict();
export const ZMeOutput = ZAccount;

export const ZSetElderModeInput = z.object({ enabled: z.boolean() }).strict();
export const ZSetElderModeOutput = ZAccount;

export const residentActions = {
  'resident.me': { fn: 'resident', input: ZMeInput, output: ZMeOutput },
  'resident.setElderMode': { fn: 'resident', input: ZSetElderModeInput, output: ZSetElderModeOutput },
} as const;
