import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const AXE = fs.readFileSync(path.resolve(__dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core with the WCAG 2.1 A and AA rules over the page on screen. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** The 适老化 numbers of the page on screen, in CSS px as the phone shows them. */
export interface ElderNumbers {
  /** The smallest text on screen, and where. */
  minText: { size: number; where: string };
  /** The largest text on screen. */
  maxText: number;
  /** The smallest line height as a multiple of its font size, and where. */
  minLineHeight: { ratio: number; where: string };
  /** Main actions (buttons, tabs, switches) smaller than 60 × 60 px. */
  smallMain: string[];
  /** Other tap targets (links, chips, switches, inputs) smaller than 44 × 44 px. */
  smallOther: string[];
  /** Links that do not look like links (not underlined). */
  plainLinks: string[];
  /** The drawn switch of each on/off row smaller than 48 px tall, for elder mode. */
  smallSwitches: string[];
}

export async function elderNumbers(page: Page): Promise<ElderNumbers> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\s+/).slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 12)}"`;
    const shown = (el: Element) => (el as HTMLElement).checkVisibility?.() !== false && el.getBoundingClientRect().width > 0;
    let minText = { size: Infinity, where: '' };
    let maxText = 0;
    let minLineHeight = { ratio: Infinity, where: '' };
    for (const el of Array.from(document.querySelectorAll('.ui-page *'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!ownText || !shown(el)) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      if (size < minText.size) minText = { size, where: describe(el) };
      maxText = Math.max(maxText, size);
      const line = style.lineHeight === 'normal' ? 1.2 * size : parseFloat(style.lineHeight);
      if (line / size < minLineHeight.ratio) minLineHeight = { ratio: line / size, where: describe(el) };
    }
    const box = (el: Element) => el.getBoundingClientRect();
    // Buttons, the tabs of the tab bar and switches are main targets.
    const main = Array.from(document.querySelectorAll('.ui-page .ui-button, .ui-page [role="tab"], .ui-page [role="switch"]')).filter(shown);
    const smallMain = main.filter((el) => box(el).height < 60 || box(el).width < 60).map((el) => `${describe(el)} ${Math.round(box(el).width)}×${Math.round(box(el).height)}`);
    const other = Array.from(
      document.querySelectorAll('.ui-page [role="button"], .ui-page [role="tab"], .ui-page [role="checkbox"], .ui-page [role="radio"], .ui-page [role="switch"], .ui-page [role="link"], .ui-page .ui-link, .ui-page taro-input-core, .ui-page taro-textarea-core'),
    ).filter(shown);
    const smallOther = other.filter((el) => box(el).height < 44 || box(el).width < 44).map((el) => `${describe(el)} ${Math.round(box(el).width)}×${Math.round(box(el).height)}`);
    const links = Array.from(document.querySelectorAll('.ui-page [role="link"], .ui-page .ui-link')).filter(shown);
    const plainLinks = links.filter((el) => !getComputedStyle(el).textDecorationLine.includes('underline')).map(describe);
    const tracks = Array.from(document.querySelectorAll('.ui-page [role="switch"] .ui-toggle__track')).filter(shown);
    const smallSwitches = tracks.filter((el) => box(el).height < 48).map((el) => `${describe(el.closest('[role="switch"]')!)} ${Math.round(box(el).width)}×${Math.round(box(el).height)}`);
    return { minText, maxText, minLineHeight, smallMain, smallOther, plainLinks, smallSwitches };
  });
}
