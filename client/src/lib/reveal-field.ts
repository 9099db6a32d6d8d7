import Taro from '@tarojs/taro';

/**
 * The class every form field's wrapper carries while it is invalid (TextField, ChoiceChips,
 * ReasonField, ...). `revealFirstInvalidField` looks for it.
 */
export const INVALID_FIELD_CLASS = 'ui-field--invalid';

/** How far below the top of the screen the field lands, so its label shows above it. */
const TOP_MARGIN = 96;

const shown = (el: HTMLElement) => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : true);

/**
 * Scrolls the first invalid field of the page on screen into view and focuses its input (or its
 * first focusable part, e.g. a chip), so a failed submit points at the problem. In H5 through the
 * DOM (pages lower in the navigation stack stay in the DOM, hidden, and are skipped); in the
 * mini-program through a selector query and pageScrollTo, where the field's `focus` prop does the rest.
 */
export function revealFirstInvalidField(): void {
  if (process.env.TARO_ENV === 'weapp') {
    revealInMiniProgram();
    return;
  }
  if (typeof document === 'undefined') return;
  const field = Array.from(document.querySelectorAll<HTMLElement>(`.${INVALID_FIELD_CLASS}`)).find(shown);
  if (!field) return;
  field.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  // Taro's H5 inputs are web components with the native input inside; before they have rendered it,
  // the host element stands in.
  const target =
    field.querySelector<HTMLElement>('input, textarea, [tabindex="0"]') ?? field.querySelector<HTMLElement>('taro-input-core, taro-textarea-core');
  // A web component's focus() is async and fails while its native input is not there yet.
  const focusing: unknown = (target ?? field).focus?.({ preventScroll: true });
  if (focusing instanceof Promise) focusing.catch(() => undefined);
}

function revealInMiniProgram(): void {
  Taro.createSelectorQuery()
    .select(`.${INVALID_FIELD_CLASS}`)
    .boundingClientRect()
    .selectViewport()
    .scrollOffset()
    .exec((res: unknown[]) => {
      const rect = res[0] as { top: number } | null;
      const viewport = res[1] as { scrollTop: number } | null;
      if (!rect || !viewport) return;
      void Taro.pageScrollTo({ scrollTop: Math.max(0, viewport.scrollTop + rect.top - TOP_MARGIN), duration: 200 });
    });
}
