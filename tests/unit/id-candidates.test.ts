import { countIdCandidates, MIN_ID_CANDIDATES, type Disclosure } from '../../shared/resident/id-candidates';
import { maskIdNumber, withCheckChar } from '../../shared/resident/id-number';

// 李桂兰 (invented): 呈贡区 530114, born 1946-03-08, a woman; the address names 呈贡区, so the region is known.
const ID = withCheckChar('53011419460308002');
const REGION = '530114';
const TODAY = '2026-11-30';
const count = (d: Disclosure) => countIdCandidates(d, REGION, TODAY);

describe('how many ID numbers fit what one screen shows (region read off the address)', () => {
  it('counts exactly: a birth date and the woman’s gender leave 500 sequences, the check character a tenth or so of them', () => {
    const all = count({ masked: '*'.repeat(18), birth: { date: '1946-03-08' }, gender: 'female' });
    expect(all).toBe(500);
    const withCheck = count({ masked: `${'*'.repeat(17)}${ID[17]}`, birth: { date: '1946-03-08' }, gender: 'female' });
    expect(withCheck).toBeGreaterThan(30);
    expect(withCheck).toBeLessThan(60);
  });

  it('shows why the old mask had to go: its last four digits beside the birth date leave the number itself', () => {
    const old = `${ID.slice(0, 4)}${'*'.repeat(10)}${ID.slice(-4)}`;
    expect(count({ masked: old, birth: { date: '1946-03-08' }, gender: 'female' })).toBe(1);
    // and beside the age only, still a few dozen
    expect(count({ masked: old, birth: { age: 80, at: TODAY }, gender: 'female' })).toBeLessThan(MIN_ID_CANDIDATES);
  });

  it.each([
    ['a guardian or staff viewing the profile (age, gender, address, mask)', { age: 80, at: TODAY }],
    ['the agreement text, which people forward (age on the signing day)', { age: 80, at: '2026-03-10' }],
    ['the review queue and the consents to check in person (age)', { age: 80, at: TODAY }],
  ])('leaves at least 10,000 for %s', (_screen, birth) => {
    const shown = count({ masked: maskIdNumber(ID), birth, gender: 'female' });
    expect(shown).toBeGreaterThanOrEqual(MIN_ID_CANDIDATES);
  });

  it('would not be enough with the exact birth date, which is why only the resident herself sees it', () => {
    expect(count({ masked: maskIdNumber(ID), birth: { date: '1946-03-08' }, gender: 'female' })).toBeLessThan(MIN_ID_CANDIDATES);
  });

  it('counts nothing when the shown digits contradict the region', () => {
    expect(count({ masked: `1101${'*'.repeat(14)}`, birth: null, gender: null })).toBe(0);
  });
});
