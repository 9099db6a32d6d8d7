import { replyLeaks } from '../functions/security/reply-recorder';
import { withCheckChar } from '../../shared/resident/id-number';

const ID = withCheckChar('53011419460308002');

describe('the scan every functions and e2e reply goes through', () => {
  it('flags a whole ID number in any reply but the staff member’s own card reading', () => {
    expect(replyLeaks('o-resident-ligl', 'resident.getProfile', { ok: true, data: { idNumber: ID } })).toEqual([
      'resident.getProfile to o-resident-ligl: a full ID number',
    ]);
    expect(replyLeaks('o-staff-zhangyi', 'resident.readIdCard', { ok: true, data: { idNumber: ID } })).toEqual([]);
  });

  it('flags the openid of anyone but the caller, and not the caller’s own', () => {
    expect(replyLeaks('o-resident-wangmin', 'reminder.overview', { ok: true, data: { by: 'o-resident-ligl' } })).toEqual([
      'reminder.overview to o-resident-wangmin: openids o-resident-ligl',
    ]);
    expect(replyLeaks('o-resident-ligl', 'resident.me', { ok: true, data: { openid: 'o-resident-ligl' } })).toEqual([]);
  });

  it('passes masked numbers and generated ids that happen to hold many digits', () => {
    const reply = { ok: true, data: { idNumberMasked: '5301*************2', id: 'rs_530114194603080021abcd' } };
    expect(replyLeaks('o-resident-ligl', 'resident.getProfile', reply)).toEqual([]);
  });
});
