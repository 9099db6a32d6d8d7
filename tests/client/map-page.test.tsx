import { fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MapPage from '../../client/src/pages/map/index';
import { renderPage } from './support/render-page';

describe('the map tab', () => {
  it('explains 一格一团队 and leads to the me tab', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' });
    renderPage(MapPage);

    expect(screen.getByText('家庭医生地图')).toBeTruthy();
    expect(screen.getByText('一格一团队')).toBeTruthy();
    fireEvent.click(screen.getByText('查看我的账号'));

    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    switchTab.mockRestore();
  });
});
