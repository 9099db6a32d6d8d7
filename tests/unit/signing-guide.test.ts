import { DEFAULT_BRING, DEFAULT_REVIEW_DAYS, paymentText, signingGuide } from '../../shared/contract/signing-guide';
import { feeChangeText } from '../../shared/contract/fee-change';

const station = (id: string, name: string) => ({ id, name, address: `${name}地址`, hours: '周一至周五' });

describe('what happens after applying, from the team', () => {
  it('uses the team’s own review time, station and list of things to bring', () => {
    const guide = signingGuide({ fixedPoints: [station('f1', '卫生服务中心'), station('f2', '石龙湖服务站')], signing: { reviewDays: 2, stationId: 'f2', bring: ['身份证'] } });
    expect(guide).toEqual({ reviewDays: 2, station: { name: '石龙湖服务站', address: '石龙湖服务站地址', hours: '周一至周五' }, bring: ['身份证'] });
  });

  it('falls back on the usual practice for a team that has not said, and on its first fixed point', () => {
    const guide = signingGuide({ fixedPoints: [station('f1', '卫生院')] });
    expect(guide).toEqual({ reviewDays: DEFAULT_REVIEW_DAYS, station: expect.objectContaining({ name: '卫生院' }), bring: [...DEFAULT_BRING] });
    expect(signingGuide({ fixedPoints: [], signing: { stationId: 'gone' } }).station).toBeNull();
  });

  it('says where and when the self-pay part is paid, or that nothing is to be paid', () => {
    const guide = signingGuide({ fixedPoints: [station('f1', '卫生院')] });
    expect(paymentText(guide, 140)).toBe('审核通过后，第一次去接受服务时，在卫生院缴纳每年个人自付的 140 元；医保统筹支付的部分不用您付。');
    expect(paymentText(guide, 0)).toBe('这份签约个人不用缴费（基础包免费）。');
  });
});

describe('a change that changes the yearly cost', () => {
  it('names the old and new yearly self-pay and the difference, and says nothing when it is the same', () => {
    expect(feeChangeText(0, 140, '换签')).toBe('原来每年个人自付 免费，换签后每年个人自付 140元（每年多 140 元）。');
    expect(feeChangeText(200, 140, '续约')).toBe('原来每年个人自付 200元，续约后每年个人自付 140元（每年少 60 元）。');
    expect(feeChangeText(140, 140, '换签')).toBeNull();
  });
});
