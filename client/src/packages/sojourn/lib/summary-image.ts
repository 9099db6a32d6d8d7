import type { SummaryDoc } from './summary-doc';

/** The part of a 2D canvas context the image needs: the browser's and the mini-program's both have it. */
export interface Canvas2D {
  font: string;
  fillStyle: unknown;
  textBaseline: string;
  fillText(text: string, x: number, y: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  measureText(text: string): { width: number };
}

/** Image width in pixels: 750 reads well on a phone and in a chat. */
export const IMAGE_WIDTH = 750;
const PAD = 40;
const FONT = '"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif';
const INK = '#111418';
const MUTED = '#4a5560';
const ACCENT = '#0f5a3e';

/** Runs of Latin letters and digits (phone numbers, readings, dates) stay whole; other characters stand alone. */
const TOKENS = /[A-Za-z0-9][A-Za-z0-9.:/%-]*|\n|./gsu;

/**
 * Splits `text` into lines no wider than `max` at the context's current font: Chinese text breaks
 * between any two characters, a phone number or a reading only where it is too long for a line.
 */
export function wrap(ctx: Pick<Canvas2D, 'measureText'>, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (value: string) => ctx.measureText(value).width <= max;
  for (const token of text.match(TOKENS) ?? []) {
    if (token === '\n') {
      lines.push(line);
      line = '';
    } else if (fits(line + token)) {
      line += token;
    } else {
      if (line) lines.push(line);
      line = '';
      // A token wider than a whole line is broken character by character.
      for (const ch of fits(token) ? [token] : Array.from(token)) {
        if (line && !fits(line + ch)) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Lays the summary out from the top and, when `paint` is set, draws it; returns the height used.
 * Run once to measure, size the canvas (which resets it), then run again to paint.
 */
export function drawSummary(ctx: Canvas2D, doc: SummaryDoc, paint: boolean, generatedOn: string): number {
  const max = IMAGE_WIDTH - PAD * 2;
  let y = PAD;
  ctx.textBaseline = 'top';
  const text = (value: string, size: number, color: string, weight = 'normal', gap = 10) => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    for (const line of wrap(ctx, value, max)) {
      if (paint) {
        ctx.fillStyle = color;
        ctx.fillText(line, PAD, y);
      }
      y += size + gap;
    }
  };
  const rule = () => {
    if (paint) {
      ctx.fillStyle = '#d5dadf';
      ctx.fillRect(PAD, y + 8, max, 2);
    }
    y += 26;
  };
  if (paint) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, IMAGE_WIDTH, 100_000);
  }
  text(doc.title, 44, ACCENT, 'bold', 14);
  text(doc.name, 34, INK, 'bold', 16);
  for (const f of doc.facts) text(`${f.label}：${f.value}`, 28, INK);
  for (const s of doc.sections) {
    rule();
    text(s.title, 32, ACCENT, 'bold', 12);
    if (s.lines.length === 0) text(s.empty, 28, MUTED);
    for (const line of s.lines) text(line, 28, INK);
  }
  rule();
  text(doc.note.title, 32, ACCENT, 'bold', 12);
  if (doc.note.written) {
    text(doc.note.written.text, 28, INK);
    text(doc.note.written.by, 24, MUTED);
  } else {
    text(doc.note.empty, 28, MUTED);
  }
  rule();
  text(`云岭家医 · ${generatedOn}生成 · 供家乡签约医生参考`, 22, MUTED);
  return Math.ceil(y + PAD);
}
