import fs from 'node:fs';

/** The pixel size a PNG file gives in its header; throws when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } {
  const head = fs.readFileSync(file).subarray(0, 24);
  if (head.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/**
 * The picture app.screenshot saved is the whole page of a phone-sized window (390 × 844 CSS px at a
 * device pixel ratio of 2): 780 px wide and at least one screen high.
 */
export function expectWholePhoneScreen(file: string): void {
  const { width, height } = pngSize(file);
  expect(width).toBe(780);
  expect(height).toBeGreaterThanOrEqual(1688);
}
