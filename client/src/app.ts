import Taro from '@tarojs/taro';
import { createElement, type PropsWithChildren } from 'react';
import { ElderModeProvider } from './components';
import { call } from './api';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  // No env given: calls go to the mini-program's default CloudBase environment.
  Taro.cloud.init({ traceUser: true });
}

const accountElderMode = (): Promise<boolean> => call('resident.me', {}).then((account) => account.elderMode);

function App({ children }: PropsWithChildren) {
  return createElement(ElderModeProvider, { syncAccount: accountElderMode }, children);
}

export default App;
