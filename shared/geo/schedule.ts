import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Asia/Shanghai has kept +08:00 since 1991; a fixed offset needs no time-zone data on the phone. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

export type VisitPeriod = 'am' | 'pm' | 'day';

/**
 * When a mobile service point (流动服务点) is staffed: `weeksOfMonth: [1, 3], weekday: 3, period: 'am'`
 * is 每月第1、3周周三上午, i.e. the first and third Wednesday of every month, in the morning. "第 k 周周三"
 * means the k-th Wednesday of the month; a month without a fifth Wednesday simply has no week-5 visit.
 */
export interface VisitSchedule {
  /** 1-5: which occurrence of the weekday in the month. */
  weeksOfMonth: number[];
  /** 1 = 周一 ... 7 = 周日. */
  weekday: number;
  period: VisitPeriod;
}

export interface VisitDate {
  /** Local calendar day, `YYYY-MM-DD`. */
  date: string;
  weekday: number;
  period: VisitPeriod;
  /** `12月3日 周三上午` */
  text: string;
}

export const WEEKDAY_TEXT = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
export const PERIOD_TEXT: Record<VisitPeriod, string> = { am: '上午', pm: '下午', day: '全天' };
/** Local hour at which a visit is over: after this the day no longer counts as "next". */
const PERIOD_END_HOUR: Record<VisitPeriod, number> = { am: 12, pm: 18, day: 18 };

/** The schedule in words: 每月第1、3周周三上午, or 每周三上午 when every week is listed. */
export function scheduleText(s: VisitSchedule): string {
  const weeks = [...new Set(s.weeksOfMonth)].sort((a, b) => a - b);
  const day = `${WEEKDAY_TEXT[s.weekday]}${PERIOD_TEXT[s.period]}`;
  if (weeks.length === 5) return `每${day}`;
  return `每月第${weeks.join('、')}周${day}`;
}

/** The `k`-th `weekday` (1 = Monday) of a month as a local date, or null when the month has none. */
function nthWeekday(year: number, month0: number, weekday: number, k: number): dayjs.Dayjs | null {
  const first = dayjs.utc(Date.UTC(year, month0, 1));
  const firstIso = ((first.day() + 6) % 7) + 1;
  const day = 1 + ((weekday - firstIso + 7) % 7) + (k - 1) * 7;
  const date = first.date(day);
  return date.month() === month0 ? date : null;
}

/**
 * The next `count` visit days on or after `now` (Asia/Shanghai), oldest first. A visit on today's
 * date counts until its half-day is over (12:00 for a morning, 18:00 otherwise).
 */
export function nextVisitDates(s: VisitSchedule, now: Date, count: number): VisitDate[] {
  const weeks = [...new Set(s.weeksOfMonth)].filter((k) => k >= 1 && k <= 5).sort((a, b) => a - b);
  if (weeks.length === 0 || s.weekday < 1 || s.weekday > 7 || count <= 0) return [];
  // Local wall-clock time expressed as a UTC dayjs, so that .year()/.month()/.hour() read local values.
  const local = dayjs.utc(now).utcOffset(SHANGHAI_OFFSET_MINUTES);
  const today = local.format('YYYY-MM-DD');
  const over = local.hour() >= PERIOD_END_HOUR[s.period];
  const out: VisitDate[] = [];
  let year = local.year();
  let month0 = local.month();
  for (let guard = 0; guard < 36 && out.length < count; guard++) {
    for (const k of weeks) {
      const d = nthWeekday(year, month0, s.weekday, k);
      if (!d) continue;
      const date = d.format('YYYY-MM-DD');
      if (date < today || (date === today && over)) continue;
      out.push({ date, weekday: s.weekday, period: s.period, text: `${d.month() + 1}月${d.date()}日 ${WEEKDAY_TEXT[s.weekday]}${PERIOD_TEXT[s.period]}` });
      if (out.length === count) break;
    }
    month0 += 1;
    if (month0 === 12) {
      month0 = 0;
      year += 1;
    }
  }
  return out;
}
