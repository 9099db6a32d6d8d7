/**
 * `@tarojs/taro` as the H5 build sees it: Taro's H5 API with the React lifecycle hooks attached.
 * The build rewrites `Taro.someApi` into named imports of @tarojs/taro-h5 and its api loader adds the
 * hooks; here both are put on the default object instead.
 */
import taro, * as h5 from '@tarojs/taro-h5';
import { reactRuntime } from './taro-react-runtime';

const { useDidHide, useDidShow, useLoad, useReady, useShareAppMessage, useUnload } = reactRuntime;
const named = Object.fromEntries(Object.entries(h5).filter(([key]) => key !== 'default'));
Object.assign(taro, named, { useDidHide, useDidShow, useLoad, useReady, useShareAppMessage, useUnload });

export * from '@tarojs/taro-h5';
export { useDidHide, useDidShow, useLoad, useReady, useShareAppMessage, useUnload };
export default taro;
