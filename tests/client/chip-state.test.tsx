import Taro from '@tarojs/taro';
import { fireEvent, screen } from '@testing-library/react';
import RequestAccess from '../../client/src/packages/family/pages/request/index';
import ChoosePage from '../../client/src/packages/sign/pages/choose/index';
import { renderPage } from './support/render-page';
import { LIGL_ALONE } from './support/family-factories';
import { mineOf, SHILONGHU_OFFERS, SHILONGHU_TEAM as TEAM } from './support/contract-factories';
import { answer, startEachTestAsLigl } from './support/mocked-call';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

startEachTestAsLigl();
beforeEach(() => {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { teamId: TEAM.id } } } as never);
});

/**
 * What a screen reader is told about a chip: its role, its name and whether it is checked. (This
 * build keeps the written `ariaRole` as `aria-role`, which is what the mini-program receives; Taro's
 * H5 compiler turns it into `role`.)
 */
function reader(name: string) {
  const el = screen.getByLabelText(name);
  return { el, role: el.getAttribute('aria-role'), checked: el.getAttribute('aria-checked'), disabled: el.getAttribute('aria-disabled') };
}

describe('what a screen reader hears from the choice chips', () => {
  it('the package chooser: a package becomes checked when tapped and unchecked when tapped again; the basic one is checked and fixed', async () => {
    answer({ 'contract.packages': { team: TEAM, packages: SHILONGHU_OFFERS }, 'contract.mine': mineOf(), 'resident.listMine': LIGL_ALONE });
    renderPage(ChoosePage);
    await screen.findByText('必选，已包含');

    expect(reader('基础包，必选')).toMatchObject({ role: 'checkbox', checked: 'true', disabled: 'true' });
    expect(reader('慢病管理包')).toMatchObject({ role: 'checkbox', checked: 'false', disabled: null });
    fireEvent.click(reader('慢病管理包').el);
    expect(reader('慢病管理包').checked).toBe('true');
    fireEvent.click(reader('慢病管理包').el);
    expect(reader('慢病管理包').checked).toBe('false');
  });

  it('the family request: each scope chip says whether it is asked for, and changes when tapped', () => {
    renderPage(RequestAccess);
    // What a daughter usually needs is asked for; reminders are offered, unticked.
    expect(reader('查看健康档案和记录')).toMatchObject({ role: 'checkbox', checked: 'true' });
    expect(reader('管理用药提醒')).toMatchObject({ role: 'checkbox', checked: 'false' });
    fireEvent.click(reader('管理用药提醒').el);
    expect(reader('管理用药提醒').checked).toBe('true');
    fireEvent.click(reader('查看健康档案和记录').el);
    expect(reader('查看健康档案和记录').checked).toBe('false');

    // The relation chips are one choice among several: radio buttons.
    expect(reader('父母')).toMatchObject({ role: 'radio', checked: 'false' });
    fireEvent.click(reader('父母').el);
    expect(reader('父母').checked).toBe('true');
    // The groups are named.
    expect(screen.getByLabelText('代办的事项').getAttribute('aria-role')).toBe('group');
    expect(screen.getByLabelText('对方是您的').getAttribute('aria-role')).toBe('radiogroup');
  });
});
