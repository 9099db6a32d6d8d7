import { wrap } from '../../client/src/packages/sojourn/lib/summary-image';

/** Every character one unit wide: a line holds `max` characters. */
const mono = { measureText: (t: string) => ({ width: Array.from(t).length }) };

describe('the summary image wraps its lines', () => {
  it('breaks Chinese text anywhere but keeps a phone number whole', () => {
    expect(wrap(mono, '普洱思茅区旅居服务团队 0879-2136620', 14)).toEqual(['普洱思茅区旅居服务团队 ', '0879-2136620']);
  });

  it('breaks a run longer than a line, and starts a new line at a line break', () => {
    expect(wrap(mono, '12345678', 5)).toEqual(['12345', '678']);
    expect(wrap(mono, '血压平稳\n继续测量', 10)).toEqual(['血压平稳', '继续测量']);
  });
});
