import Taro from '@tarojs/taro';
import { createElement, type PropsWithChildren } from 'react';
import { ElderModeProvider } from './components';
import { ElderModeSync } from './components/elder-mode-sync';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  // No env given: calls go to the mini-program's default CloudBase environment.
  Taro.cloud.init({ traceUser: true });
}

function App({ children }: PropsWithChildren) {
  return createElement(ElderModeProvider, null, createElement(ElderModeSync), children);
}

export default App;
