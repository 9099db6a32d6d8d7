/** The id of the loading screen written into the H5 page (client/src/index.html). */
export const BOOT_SCREEN_ID = 'yl-boot';

/**
 * Takes the H5 loading screen away once the app has mounted and can draw its own first page. In the
 * mini-program there is none (WeChat shows its own), so this does nothing there.
 */
export function removeBootScreen(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.getElementById(BOOT_SCREEN_ID)?.remove();
}
