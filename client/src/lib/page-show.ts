import Taro from '@tarojs/taro';

/**
 * Calls `listener` each time the page on screen now is shown again (coming back to it, switching tabs);
 * returns the unsubscribe. Call it from an effect. It listens to the page's show event rather than
 * useDidShow, so it works in any component tree.
 */
export function onPageShow(listener: () => void): () => void {
  const showEvent = Taro.getCurrentInstance?.()?.router?.onShow;
  if (!showEvent) return () => undefined;
  Taro.eventCenter.on(showEvent, listener);
  return () => {
    Taro.eventCenter.off(showEvent, listener);
  };
}
