/** A `thing` field of a subscribe message holds at most 20 characters. */
export function thing(text: string): string {
  return text.length <= 20 ? text : `${text.slice(0, 19)}…`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-03-10 14:05`, China time, as WeChat's `time` fields take it. */
export function wxTime(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
