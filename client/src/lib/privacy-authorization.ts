/**
 * WeChat asks the app to show its own privacy prompt when a privacy API (location, phone number,
 * ...) is called before the user has agreed. WeChat keeps only one listener, so the app registers one
 * and hands each request to the prompt of the page on screen. A request that arrives while no page
 * is on screen waits for the next prompt to appear.
 */

export type PrivacyEvent = 'exposureAuthorization' | 'agree' | 'disagree';

/** The callback WeChat passes to the listener; calling it lets the waiting API go on or fail. */
export type PrivacyResolve = (option: { event: PrivacyEvent; buttonId?: string }) => void;

/** The part of `wx` (or Taro) this module uses. */
export interface PrivacyApi {
  onNeedPrivacyAuthorization?: (listener: (resolve: PrivacyResolve, info?: { referrer?: string }) => void) => unknown;
}

/** Shows (true) or hides (false) one page's prompt. */
export type PrivacyPresenter = (visible: boolean) => void;

export class PrivacyAuthorization {
  private pending: PrivacyResolve[] = [];
  private exposed = new Set<PrivacyResolve>();
  /** Prompts of the pages in the stack; the last one is on screen. */
  private presenters: PrivacyPresenter[] = [];
  private listening = false;

  /** Registers the one listener with WeChat; later calls do nothing. */
  listen(api: PrivacyApi): void {
    if (this.listening || typeof api.onNeedPrivacyAuthorization !== 'function') return;
    this.listening = true;
    const result: unknown = api.onNeedPrivacyAuthorization((resolve) => this.request(resolve));
    // Where the API is only a stub (Taro's browser build) it answers with a rejected promise.
    if (result instanceof Promise) result.catch(() => undefined);
  }

  /** A privacy API is waiting for the user's answer. */
  request(resolve: PrivacyResolve): void {
    this.pending.push(resolve);
    this.showOnScreen();
  }

  /**
   * Puts a page's prompt on screen (when its page is shown) and returns the function that takes it
   * away (when the page unloads). A request already waiting shows at once.
   */
  present(presenter: PrivacyPresenter): () => void {
    const before = this.onScreen();
    this.presenters = this.presenters.filter((p) => p !== presenter);
    this.presenters.push(presenter);
    if (before && before !== presenter) before(false);
    this.showOnScreen();
    return () => {
      const wasOnScreen = this.onScreen() === presenter;
      this.presenters = this.presenters.filter((p) => p !== presenter);
      if (wasOnScreen) this.showOnScreen();
    };
  }

  /** The user tapped the agree button (`open-type="agreePrivacyAuthorization"` with this id). */
  agree(buttonId: string): void {
    this.settle({ event: 'agree', buttonId });
  }

  /** The user declined: the waiting APIs fail with "privacy permission is not authorized". */
  disagree(): void {
    this.settle({ event: 'disagree' });
  }

  /** True while a privacy API is waiting for an answer. */
  get waiting(): boolean {
    return this.pending.length > 0;
  }

  private onScreen(): PrivacyPresenter | undefined {
    return this.presenters[this.presenters.length - 1];
  }

  private showOnScreen(): void {
    const presenter = this.onScreen();
    if (!presenter || this.pending.length === 0) return;
    presenter(true);
    // WeChat asks to be told once that the prompt was seen, before the answer.
    for (const resolve of this.pending) {
      if (this.exposed.has(resolve)) continue;
      this.exposed.add(resolve);
      resolve({ event: 'exposureAuthorization' });
    }
  }

  private settle(option: { event: PrivacyEvent; buttonId?: string }): void {
    const answered = this.pending;
    this.pending = [];
    this.exposed.clear();
    for (const presenter of this.presenters) presenter(false);
    for (const resolve of answered) resolve(option);
  }
}

/** The app's one instance. */
export const privacyAuthorization = new PrivacyAuthorization();
