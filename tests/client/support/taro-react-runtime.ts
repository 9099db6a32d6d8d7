/**
 * Taro's React runtime (lifecycle hooks, page wiring). The package ships it without type declarations,
 * so the few parts the tests use are typed here.
 */
type Hook = (fn: (...args: unknown[]) => unknown) => void;

export interface TaroReactRuntime {
  useDidShow: Hook;
  useDidHide: Hook;
  useLoad: Hook;
  useReady: Hook;
  useUnload: Hook;
  useShareAppMessage: Hook;
  createH5NativeComponentConfig: (component: unknown, react: unknown, reactDom: unknown) => unknown;
  connectReactPage: (react: unknown, id: string) => (page: unknown) => unknown;
}

export const reactRuntime: TaroReactRuntime = require('@tarojs/plugin-framework-react/dist/runtime');
