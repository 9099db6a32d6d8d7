import { waitFor } from '@testing-library/react';

/**
 * Records where the page scrolls (jsdom does not scroll). After a failed submit, `expectPointedAt`
 * checks that the field matching `selector` is marked invalid and is the first thing scrolled into view.
 */
export function watchScrolling() {
  const scrolled = jest.fn();
  Element.prototype.scrollIntoView = scrolled;
  return {
    async expectPointedAt(selector: string): Promise<void> {
      const field = document.querySelector(selector);
      expect(field?.className).toContain('ui-field--invalid');
      await waitFor(() => expect(scrolled.mock.contexts[0]).toBe(field));
    },
  };
}
