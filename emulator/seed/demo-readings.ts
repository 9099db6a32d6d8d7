type Call = (openid: string, action: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Morning readings, oldest first: four calm weeks, then two weeks creeping above her 150/90 target. */
const SYSTOLIC = [142, 138, 145, 140, 144, 139, 146, 141, 143, 137, 147, 142, 144, 140, 152, 149, 156, 151, 158, 153, 155];
const DIASTOLIC = [84, 82, 86, 83, 85, 80, 87, 84, 85, 81, 88, 84, 86, 83, 91, 88, 93, 90, 94, 89, 92];

/**
 * 李桂兰's six weeks of home blood pressure, every other morning, mostly taken by herself and a few
 * entered by her daughter from the paper diary: calm at first, above target over the last two weeks,
 * so her chart shows the rise and 石龙湖 team's triage list has her on it.
 */
export async function playReadingStory(call: Call, motherId: string, now: Date): Promise<void> {
  const first = now.getTime() - (SYSTOLIC.length - 1) * 2 * DAY - 3 * HOUR;
  for (let i = 0; i < SYSTOLIC.length; i += 1) {
    const measuredAt = new Date(first + i * 2 * DAY);
    await call(i % 5 === 4 ? DAUGHTER : MOTHER, 'health.record', {
      residentId: motherId,
      kind: 'bp',
      systolic: SYSTOLIC[i],
      diastolic: DIASTOLIC[i],
      pulse: 70 + (i % 6),
      measuredAt: measuredAt.toISOString(),
      note: i === SYSTOLIC.length - 3 ? '昨晚没睡好' : '',
    });
  }
}
