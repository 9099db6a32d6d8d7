import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ApiError } from '@shared/api';
import {
  Button,
  ElderModeProvider,
  ErrorNotice,
  FieldError,
  Page,
  useElderMode,
} from '../../client/src/components';

beforeEach(() => {
  window.localStorage.clear();
  process.env.TARO_ENV = 'h5';
});

function pageRoot(container: HTMLElement): HTMLElement {
  return container.querySelector('.ui-page') as HTMLElement;
}

describe('elder mode', () => {
  function withFontSetting(fontSizeSetting: number, run: () => void) {
    process.env.TARO_ENV = 'weapp';
    const taro = Taro as unknown as { getAppBaseInfo?: () => unknown };
    const before = taro.getAppBaseInfo;
    taro.getAppBaseInfo = () => ({ fontSizeSetting, language: 'zh_CN' });
    try {
      run();
    } finally {
      taro.getAppBaseInfo = before;
    }
  }

  it('is on when WeChat is set to a large font, even if the account has it off', () => {
    withFontSetting(22, () => {
      const { container } = render(
        <ElderModeProvider>
          <Page title='我的' />
        </ElderModeProvider>,
      );
      expect(pageRoot(container).className).toContain('ui-page--elder');
    });
  });

  it('stays off with the standard WeChat font', () => {
    withFontSetting(17, () => {
      const { container } = render(
        <ElderModeProvider>
          <Page title='我的' />
        </ElderModeProvider>,
      );
      expect(pageRoot(container).className).not.toContain('ui-page--elder');
    });
  });

  it('remembers the account setting, so the next launch starts large before the account loads', () => {
    function TurnOn() {
      const { setAccountElderMode } = useElderMode();
      return <Button onClick={() => setAccountElderMode(true)}>开启</Button>;
    }
    const first = render(
      <ElderModeProvider>
        <TurnOn />
      </ElderModeProvider>,
    );
    fireEvent.click(screen.getByText('开启'));
    first.unmount();

    const { container } = render(
      <ElderModeProvider>
        <Page title='家庭医生地图' />
      </ElderModeProvider>,
    );
    expect(pageRoot(container).className).toContain('ui-page--elder');
  });
});

describe('ErrorNotice and FieldError', () => {
  const nameMissing: ApiError = { code: 'INVALID_INPUT', message: '请填写姓名', field: 'name' };

  it('shows a field error once, next to its field, and not again in the notice', () => {
    render(
      <>
        <ErrorNotice error={nameMissing} fields={['name']} />
        <FieldError error={nameMissing} field='name' />
        <FieldError error={nameMissing} field='phone' />
      </>,
    );
    expect(screen.getAllByText('请填写姓名')).toHaveLength(1);
  });

  it('shows an error about no particular field with a 重试 that works', () => {
    const retry = jest.fn();
    render(<ErrorNotice error={{ code: 'INTERNAL', message: '系统繁忙，请稍后再试' }} onRetry={retry} />);
    fireEvent.click(screen.getByText('重试'));
    expect(screen.getByText('系统繁忙，请稍后再试')).toBeTruthy();
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

describe('Button', () => {
  it('ignores taps while it is loading', () => {
    const tap = jest.fn();
    render(
      <Button loading onClick={tap}>
        保存
      </Button>,
    );
    fireEvent.click(screen.getByText('保存'));
    expect(tap).not.toHaveBeenCalled();
  });
});
