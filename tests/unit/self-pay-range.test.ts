import { selfPayRange, selfPayRangeText } from '../../shared/contract/packages';

const offer = (required: boolean, feeYuan: number, insuranceYuan = 0) => ({ required, feeYuan, insuranceYuan });

describe('what signing with a team costs a year', () => {
  it('starts from the packages every contract has and names the range of the optional ones', () => {
    const range = selfPayRange([offer(true, 0), offer(false, 200, 80), offer(false, 60), offer(false, 150)]);
    expect(range).toEqual({ fromYuan: 0, optional: { minYuan: 60, maxYuan: 150 } });
    expect(selfPayRangeText(range)).toBe('每年个人自付 0元起，可加选服务包（每项 60–150元）');
  });

  it('says one amount when there is nothing to add, and one price when every option costs the same', () => {
    expect(selfPayRangeText(selfPayRange([offer(true, 30)]))).toBe('每年个人自付 30元');
    expect(selfPayRangeText(selfPayRange([offer(true, 0), offer(false, 50), offer(false, 50)]))).toBe('每年个人自付 0元起，可加选服务包（每项 50元）');
  });
});
