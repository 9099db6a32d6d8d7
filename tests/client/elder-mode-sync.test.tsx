import Taro from '@tarojs/taro';
import { render, screen, waitFor } from '@testing-library/react';
import { ElderModeProvider, useElderMode } from '../../client/src/components/elder-mode';
import { call } from '../../client/src/api';
import { residentAccount } from './support/factories';

const fetchMock = jest.fn();

const syncAccount = () => call('resident.me', {}).then((a) => a.elderMode);

function Probe() {
  const { elder } = useElderMode();
  return <span>{elder ? '大字' : '标准'}</span>;
}

beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  process.env.TARO_ENV = 'h5';
  Taro.removeStorageSync('yl.elderMode');
});

describe('elder mode at launch', () => {
  it('turns large text on from the account before the me tab is ever opened', async () => {
    fetchMock.mockResolvedValueOnce({ json: async () => ({ ok: true, data: residentAccount({ elderMode: true }) }) });
    render(
      <ElderModeProvider syncAccount={syncAccount}>
        <Probe />
      </ElderModeProvider>,
    );
    expect(screen.getByText('标准')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('大字')).toBeTruthy());
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ action: 'me', input: {} });
    expect(Taro.getStorageSync('yl.elderMode')).toBe(true);
  });

  it('keeps the stored setting when the account cannot be fetched', async () => {
    Taro.setStorageSync('yl.elderMode', true);
    fetchMock.mockRejectedValueOnce(new Error('offline'));
    render(
      <ElderModeProvider syncAccount={syncAccount}>
        <Probe />
      </ElderModeProvider>,
    );
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(screen.getByText('大字')).toBeTruthy();
  });
});
