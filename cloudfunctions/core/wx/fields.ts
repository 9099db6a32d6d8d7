import { localDateTime } from '../../../shared/time/china-time';

/** A `thing` field of a subscribe message holds at most 20 characters. */
export function thing(text: string): string {
  return text.length <= 20 ? text : `${text.slice(0, 19)}…`;
}

/** `2026-03-10 14:05`, China time, as WeChat's `time` fields take it. */
export const wxTime = localDateTime;
