import Taro from '@tarojs/taro';
import { createElement, type PropsWithChildren } from 'react';
import { ElderModeProvider } from './components';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  // No env given: calls go to the mini-program's default CloudBase environment.
  Taro.cloud.init({ traceUser: true });
}

function App({ children }: PropsWithChildren) {
  return createElement(ElderModeProvider, null, children);
}

export default App;
