import Taro from '@tarojs/taro';
import { pageUrl, TAB_PAGES } from '@shared/pages/page-paths';

/** The tab pages: they are opened with switchTab and take no query. */
const TABS: string[] = TAB_PAGES.map((t) => pageUrl(t));

/** Only the app's own pages are places to return to. */
const isAppPage = (url: string | undefined): url is string => !!url && /^\/(pages|packages)\/[\w/-]+(\?.*)?$/.test(url);

const addQuery = (url: string, key: string, value: string) => `${url}${url.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;

/**
 * A detour's address that remembers where to come back to: a page that needs something first
 * (a health profile, a person to act for) sends the user on with `back` set to itself, choices
 * included, and the detour returns there when done.
 */
export function withReturn(url: string, back: string | undefined): string {
  return isAppPage(back) ? addQuery(url, 'back', back) : url;
}

/** Where a finished detour goes: `back` when it is one of the app's pages, else `fallback`; with an optional notice. */
export function returnTo(back: string | undefined, fallback: string, notice?: string): string {
  const target = isAppPage(back) ? back : fallback;
  return notice ? addQuery(target, 'notice', notice) : target;
}

/** Leaves the current page for `url`, replacing it (tab pages are switched to, without a query). */
export function leaveTo(url: string): Promise<unknown> {
  const path = url.split('?')[0];
  if (TABS.includes(path)) return Taro.switchTab({ url: path });
  return Taro.redirectTo({ url });
}


const pathOf = (url: string) => url.split('?')[0].replace(/^\//, '');

/**
 * Ends a detour: back to the page that sent the user here. When that page is the one underneath,
 * it is uncovered as it was (choices kept; it reloads its data on show) and the notice is shown as a
 * toast; otherwise it opens afresh with the notice, or `fallback` does when there is no `back`.
 */
export function finishDetour(back: string | undefined, fallback: string, notice: string): Promise<unknown> {
  if (isAppPage(back)) {
    const pages = Taro.getCurrentPages() as Array<{ route?: string; path?: string }>;
    const below = pages[pages.length - 2];
    if (below && pathOf(below.route ?? below.path ?? '') === pathOf(back)) {
      return Taro.navigateBack({ delta: 1 }).then(() => Taro.showToast({ title: notice, icon: 'none', duration: 3000 }));
    }
  }
  return leaveTo(returnTo(back, fallback, notice));
}
