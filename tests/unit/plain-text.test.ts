import { charCount, plainTextProblem } from '../../shared/api/plain-text';
import { ZCancelInput, ZReviewInput } from '../../shared/api/contract';
import { ZUpdateProfileInput } from '../../shared/api/resident-profile';
import { ZCancelInput as ZCancelBookingInput } from '../../shared/api/appointment';
import { ZFollowUpInput, ZRecordReadingInput } from '../../shared/api/health';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('plain text in names, addresses and reasons', () => {
  it('refuses a rejection reason of one emoji, which is two UTF-16 units but one character', () => {
    expect('😀'.length).toBe(2);
    expect(charCount('😀')).toBe(1);
    expect(messageOf(ZReviewInput.safeParse({ contractId: 'ct-1', decision: 'reject', reason: '😀' }))).toBe('理由不能包含表情符号');
    expect(messageOf(ZReviewInput.safeParse({ contractId: 'ct-1', decision: 'reject', reason: '好😀' }))).toBe('理由不能包含表情符号');
    expect(ZReviewInput.safeParse({ contractId: 'ct-1', decision: 'reject', reason: '地址不在本网格' }).success).toBe(true);
  });

  it('counts characters as people do: two rare characters pass "at least 2", one does not', () => {
    expect(messageOf(ZCancelInput.safeParse({ contractId: 'ct-1', reason: '𠀋' }))).toBe('请填写解约或撤回原因（至少2个字）');
    expect(ZCancelInput.safeParse({ contractId: 'ct-1', reason: '𠀋𠀋' }).success).toBe(true);
  });

  it('refuses control and hidden characters in an address, and a line break there, but keeps line breaks in a reason', () => {
    expect(messageOf(ZUpdateProfileInput.safeParse({ residentId: 'r', address: '昆明市呈贡区\u0007洛龙街道' }))).toBe('居住地址不能包含特殊控制字符');
    expect(messageOf(ZUpdateProfileInput.safeParse({ residentId: 'r', address: '昆明市呈贡区\n洛龙街道' }))).toBe('居住地址不能包含特殊控制字符');
    expect(messageOf(ZUpdateProfileInput.safeParse({ residentId: 'r', address: '昆明市\u202e呈贡区洛龙街道' }))).toBe('居住地址不能包含特殊控制字符');
    expect(messageOf(ZUpdateProfileInput.safeParse({ residentId: 'r', address: '昆明市呈贡区🏠洛龙街道' }))).toBe('居住地址不能包含表情符号');
    expect(ZCancelInput.safeParse({ contractId: 'ct-1', reason: '搬家了\n到外地住' }).success).toBe(true);
  });

  it('lets ordinary text through: digits, #, full-width punctuation, the middle dot of minority names', () => {
    for (const text of ['石龙湖社区3栋2单元501#', '玉罕·岩温', '（临时）１２３号', 'No. 5, Lane 3']) expect(plainTextProblem(text)).toBeNull();
  });

  it('holds a booking cancellation reason to the same rule: no emoji, at least 2 characters', () => {
    expect(messageOf(ZCancelBookingInput.safeParse({ appointmentId: 'ap-1', reason: '有事😀' }))).toBe('原因不能包含表情符号');
    expect(messageOf(ZCancelBookingInput.safeParse({ appointmentId: 'ap-1', reason: '𠀋' }))).toBe('请填写原因（至少2个字）');
    expect(ZCancelBookingInput.safeParse({ appointmentId: 'ap-1', reason: '临时有事' }).success).toBe(true);
  });

  it('counts a reading note by characters, as its counter on the page does: 100 rare characters fit, 101 do not', () => {
    const reading = { residentId: 'r', kind: 'weight', weight: 60 };
    expect(ZRecordReadingInput.safeParse({ ...reading, note: '𠀋'.repeat(100) }).success).toBe(true);
    expect(messageOf(ZRecordReadingInput.safeParse({ ...reading, note: '𠀋'.repeat(101) }))).toBe('备注不能超过100个字');
    expect(messageOf(ZRecordReadingInput.safeParse({ ...reading, note: '头晕🤕' }))).toBe('备注不能包含表情符号');
    expect(ZRecordReadingInput.parse(reading).note).toBe('');
  });

  it('refuses a line break, a bidi isolate and half of a broken character in a follow-up note', () => {
    for (const note of ['电话随访\n血压正常', '电话随访\u2066血压正常', '电话随访\ud800血压正常']) {
      expect(messageOf(ZFollowUpInput.safeParse({ residentId: 'r', channel: 'phone', note }))).toBe('随访情况不能包含特殊控制字符');
    }
    expect(ZFollowUpInput.safeParse({ residentId: 'r', channel: 'phone', note: '电话随访，血压正常' }).success).toBe(true);
  });
});
