import type { ActionOutput } from '@shared/api';

/** The caller's account as `resident.me` returns it. */
export type Account = ActionOutput<'resident.me'>;
