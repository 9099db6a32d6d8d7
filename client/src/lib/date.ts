import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

// Asia/Shanghai has kept a fixed +08:00 offset since 1991. A fixed offset avoids dayjs' timezone
// plugin, which needs Intl time-zone data that not every mini-program JS engine ships.
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** `2025-03-01T16:30:00Z` -> `2025年3月2日` (the calendar day in China). */
export function formatLocalDate(iso: string): string {
  const d = dayjs.utc(iso);
  return d.isValid() ? d.utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY年M月D日') : '';
}
