import { AGREEMENT_TEMPLATES, CURRENT_AGREEMENT_VERSION, renderAgreement, type AgreementValues } from '../../shared/contract/agreement';
import { contractPeriod } from '../../shared/contract/period';
import { contractTimeline, type TimelineFacts } from '../../shared/contract/timeline';

const values = (over: Partial<AgreementValues> = {}): AgreementValues => ({
  purpose: 'new',
  resident: { name: '李桂兰', gender: 'female', birthDate: '1946-03-08', age: 80, idNumberMasked: '5301*************5', address: '昆明市呈贡区洛龙街道石龙湖社区3栋', phone: '13987650001' },
  team: { name: '呈贡区石龙湖社区家庭医生团队', institution: '呈贡区洛龙街道社区卫生服务中心', phone: '0871-67482316' },
  previousTeamName: null,
  packages: [
    { name: '基础包', kind: 'basic', feeYuan: 0, insuranceYuan: 0, selfPayYuan: 0, services: ['建立和管理居民健康档案'] },
    { name: '慢病管理包', kind: 'personalised', feeYuan: 200, insuranceYuan: 60, selfPayYuan: 140, services: ['每季度至少1次面对面随访'] },
  ],
  fees: { totalYuan: 200, insuranceYuan: 60, selfPayYuan: 140 },
  signer: { as: 'self', name: '李桂兰', relationLabel: null },
  signDay: '2026-03-10',
  ...over,
});

describe('the signing agreement', () => {
  it('is the same text for the same version and values', () => {
    expect(renderAgreement(values()).text).toBe(renderAgreement(values()).text);
    expect(renderAgreement(values()).templateVersion).toBe(CURRENT_AGREEMENT_VERSION);
    expect(Object.keys(AGREEMENT_TEMPLATES)).toContain(CURRENT_AGREEMENT_VERSION);
  });

  it('names the parties, packages and services, period, fees, rights and duties, and privacy', () => {
    const { text, sections } = renderAgreement(values());
    expect(sections.map((s) => s.heading)).toEqual([
      '一、协议双方', '二、签约服务包和服务内容', '三、服务期限', '四、费用', '五、甲方的权利和义务', '六、乙方的权利和义务', '七、个人信息保护', '八、签署',
    ]);
    expect(text).toContain('甲方（签约居民）：李桂兰，女，80岁，身份证号5301*************5，联系电话139****0001');
    expect(text).not.toContain('1946');
    expect(text).toContain('2. 慢病管理包（个性化服务包，200元/年）\n  (1) 每季度至少1次面对面随访');
    expect(text).toContain('慢病管理包：200元/年，其中医保统筹支付60元，个人自付140元');
    expect(text).toContain('合计：200元/年，医保统筹支付60元，个人自付140元。');
    expect(text).toContain('签署日期：2026年3月10日');
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });

  it('still reads an agreement signed under 2026.1 (with the birth date) word for word', () => {
    const old = renderAgreement(values({ resident: { ...values().resident, idNumberMasked: '5301**********0025' } }), '2026.1');
    expect(old.templateVersion).toBe('2026.1');
    expect(old.text).toContain('出生日期1946年3月8日，身份证号5301**********0025');
  });

  it('records family signing (家人代签) and what a switch ends', () => {
    const text = renderAgreement(values({ purpose: 'switch', previousTeamName: '呈贡区洛龙社区家庭医生团队', signer: { as: 'guardian', name: '王敏', relationLabel: '子女' } })).text;
    expect(text.startsWith('云南省家庭医生签约服务协议（换签）')).toBe(true);
    expect(text).toContain('由王敏（甲方的子女）依据甲方授权的“签约、续约和修改档案”代管权限代为签署');
    expect(text).toContain('甲方与呈贡区洛龙社区家庭医生团队的签约同时终止');
  });

  it('changes with any value, so a hash of it pins what was signed', () => {
    expect(renderAgreement(values({ signDay: '2026-03-11' })).text).not.toBe(renderAgreement(values()).text);
  });
});

describe('the status timeline', () => {
  const submittedAt = new Date('2026-03-01T09:00:00+08:00');
  const approvedAt = new Date('2026-03-10T10:00:00+08:00');
  const facts = (over: Partial<TimelineFacts> = {}): TimelineFacts => ({
    status: 'pending_review',
    purpose: 'new',
    submittedAt,
    signedByLabel: '本人提交',
    period: null,
    review: null,
    ended: null,
    teamName: '石龙湖团队',
    ...over,
  });
  const steps = (f: TimelineFacts, at: Date) => contractTimeline(f, at).map((s) => `${s.key}:${s.state}`);
  const approved = (over: Partial<TimelineFacts> = {}) =>
    facts({ status: 'active', period: contractPeriod(approvedAt), review: { at: approvedAt, decision: 'approve', reason: null, reviewerLabel: '张毅' }, ...over });

  it('waits for review, then shows approval or refusal', () => {
    expect(steps(facts(), submittedAt)).toEqual(['submitted:done', 'review:current']);
    const rejected = facts({ status: 'rejected', review: { at: approvedAt, decision: 'reject', reason: '不在服务网格内', reviewerLabel: '张毅' } });
    expect(contractTimeline(rejected, approvedAt)[1]).toMatchObject({ title: '审核未通过', state: 'failed', detail: '不在服务网格内' });
  });

  it('marks the contract in effect, then the renewal window, then the end', () => {
    expect(steps(approved(), approvedAt)).toEqual(['submitted:done', 'review:done', 'active:current', 'expiring:upcoming']);
    expect(steps(approved(), new Date('2027-02-20T10:00:00+08:00'))).toEqual(['submitted:done', 'review:done', 'active:current', 'expiring:current']);
    expect(steps(approved(), new Date('2027-03-10T10:00:00+08:00'))).toEqual(['submitted:done', 'review:done', 'active:done', 'expiring:done', 'ended:done']);
  });

  it('shows a cancelled contract without the renewal step', () => {
    const cancelled = approved({ status: 'cancelled', ended: { at: new Date('2026-06-01T10:00:00+08:00'), reason: '搬家', byLabel: '本人' } });
    expect(contractTimeline(cancelled, new Date('2026-06-02T10:00:00+08:00')).map((s) => s.key)).toEqual(['submitted', 'review', 'active', 'ended']);
  });
});
