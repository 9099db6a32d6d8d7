import type { ActionOutput } from '@shared/api';

export type Chart = ActionOutput<'health.chart'>;

const W = 340;
const H = 210;
const PAD = { left: 40, right: 12, top: 14, bottom: 30 };
const DAY = 86_400_000;

const COLORS = {
  a: '#b42318', // systolic, glucose, weight: dark red on white, 6.5:1
  b: '#1d4ed8', // diastolic: dark blue, 6.7:1
  band: '#dcfce7',
  target: '#15803d',
  grid: '#d0d5dd',
  text: '#344054',
  week: '#101828',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function niceRange(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Math.max(hi - lo, 10);
  const step = span > 60 ? 20 : span > 20 ? 10 : span > 8 ? 2 : 1;
  return [Math.floor((lo - span * 0.08) / step) * step, Math.ceil((hi + span * 0.08) / step) * step];
}

/**
 * The trend as an SVG picture: every reading as a dot joined by a line (systolic red, diastolic blue),
 * week averages as short black bars, the target drawn as a green band with a dashed upper line, and
 * the first and last day under the axis. Drawn by the app itself, so the subpackage stays small; the
 * page beside it says the same in words for screen readers.
 */
export function chartSvg(chart: Chart): string {
  const from = Date.parse(`${chart.from}T00:00:00+08:00`);
  const to = Date.parse(`${chart.to}T23:59:59+08:00`);
  const values = chart.points.flatMap((p) => (p.b === null ? [p.a] : [p.a, p.b]));
  const limits = [chart.band.aMax, chart.band.bMax, chart.band.aMin].filter((v): v is number => v !== null);
  const [lo, hi] = niceRange(values.length > 0 ? [...values, ...limits] : limits.length > 0 ? limits : [0, 10]);
  const x = (t: number) => PAD.left + ((t - from) / Math.max(to - from, DAY)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [];
  const ticks = 4;
  for (let i = 0; i <= ticks; i += 1) {
    const v = lo + ((hi - lo) * i) / ticks;
    const label = Number.isInteger(v) ? String(v) : v.toFixed(1);
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    parts.push(`<text x="${PAD.left - 4}" y="${y(v) + 4}" font-size="11" text-anchor="end" fill="${COLORS.text}">${label}</text>`);
  }
  if (chart.band.aMax !== null) {
    const top = y(Math.min(chart.band.aMax, hi));
    const bottom = y(Math.max(chart.band.aMin ?? lo, lo));
    parts.push(`<rect x="${PAD.left}" y="${top}" width="${W - PAD.left - PAD.right}" height="${Math.max(bottom - top, 0)}" fill="${COLORS.band}"/>`);
    for (const limit of [chart.band.aMax, chart.band.bMax, chart.band.aMin]) {
      if (limit === null || limit < lo || limit > hi) continue;
      parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(limit)}" y2="${y(limit)}" stroke="${COLORS.target}" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    }
  }
  const series = (key: 'a' | 'b', color: string) => {
    const pts = chart.points.filter((p) => p[key] !== null).map((p) => [x(Date.parse(p.at)), y(p[key] as number), p.level] as const);
    if (pts.length > 1) parts.push(`<polyline points="${pts.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const [px, py, level] of pts) {
      const urgent = level === 'urgent_high' || level === 'urgent_low';
      parts.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="${urgent ? 5.5 : 3.5}" fill="${urgent ? '#ffffff' : color}" stroke="${color}" stroke-width="${urgent ? 3 : 1}"/>`);
    }
  };
  series('a', COLORS.a);
  series('b', COLORS.b);
  for (const w of chart.weeks) {
    const start = Math.max(Date.parse(`${w.week}T00:00:00+08:00`), from);
    const end = Math.min(start + 7 * DAY, to);
    for (const v of w.b === null ? [w.a] : [w.a, w.b]) {
      parts.push(`<line x1="${x(start).toFixed(1)}" x2="${x(end).toFixed(1)}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${COLORS.week}" stroke-width="2.5" opacity="0.55"/>`);
    }
  }
  const md = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
  parts.push(`<text x="${PAD.left}" y="${H - 8}" font-size="12" fill="${COLORS.text}">${esc(md(chart.from))}</text>`);
  parts.push(`<text x="${W - PAD.right}" y="${H - 8}" font-size="12" text-anchor="end" fill="${COLORS.text}">${esc(md(chart.to))}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}

/** The picture as an image source both the H5 and the mini-program `<Image>` load. */
export function chartImageSrc(chart: Chart): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chartSvg(chart))}`;
}

/** The chart in one sentence, for screen readers and anyone who prefers words. */
export function chartDescription(chart: Chart): string {
  const kind = chart.kind === 'bp' ? '血压' : chart.kind === 'glucose' ? '血糖' : '体重';
  if (chart.points.length === 0) return `最近${chart.days}天没有${kind}记录`;
  const last = chart.last ? `，最近一次 ${chart.last.valueText}（${chart.last.levelLabel}）` : '';
  const target = chart.targetText ? `，目标${chart.targetText}` : '';
  return `最近${chart.days}天共${chart.points.length}次${kind}记录${last}${target}，${chart.statusLabel}`;
}
