import * as React from 'react';
import { act, render, type RenderResult } from '@testing-library/react';
import { getPageInstance } from '@tarojs/runtime';
import { reactRuntime } from './taro-react-runtime';
import { ElderModeProvider, type ElderModeProviderProps } from '../../../client/src/components';

// Hands React to Taro's hook runtime, and lets it create its page context, as the app entry does
// before the first page renders. Without a page around them, lifecycle hooks such as useDidShow
// register on the app-level instance, which `show()` below triggers.
reactRuntime.createH5NativeComponentConfig(null, React, require('react-dom'));
reactRuntime.connectReactPage(React, '/pages/test/index');
const HOOKS_ID = 'taro-app';

export interface RenderedPage extends RenderResult {
  /** Runs the page's "shown again" hooks, as switching back to its tab does. */
  show: () => void;
  /** The page's root element, which carries the elder-mode class. */
  root: () => HTMLElement;
}

/** Renders a page inside the app's providers. */
export function renderPage(Page: React.ComponentType, elder: ElderModeProviderProps = {}): RenderedPage {
  const result = render(
    <ElderModeProvider {...elder}>
      <Page />
    </ElderModeProvider>,
  );
  return {
    ...result,
    show: () => {
      const hooks = (getPageInstance(HOOKS_ID) as { componentDidShow?: Array<() => void> } | undefined)
        ?.componentDidShow;
      act(() => (Array.isArray(hooks) ? hooks : []).forEach((fn) => fn()));
    },
    root: () => {
      const el = result.container.querySelector('.ui-page');
      if (!el) throw new Error('page root .ui-page not rendered');
      return el as HTMLElement;
    },
  };
}
