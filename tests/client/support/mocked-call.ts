import { call } from '../../../client/src/api/call';
import { setActingAs } from '../../../client/src/components';
import { resetActingAsCache } from '../../../client/src/components/acting-as-store';

/**
 * The backend `call` as the test file mocks it: the file itself must say
 * `jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }))` (jest hoists only a file's own mocks).
 */
export const mockedCall = call as jest.MockedFunction<typeof call>;

const settle = (reply: unknown) => (reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply));

/**
 * Answers every call with the reply listed under its action's name (undefined for an action not
 * listed); an Error listed is thrown, as a refused call is.
 */
export function answer(replies: Record<string, unknown>): void {
  mockedCall.mockImplementation(((name: string) => settle(replies[name])) as typeof call);
}

/** Like answer, but each action's replies are given in turn; the last one is given from then on. */
export function answerInTurn(replies: Record<string, unknown[]>): void {
  mockedCall.mockImplementation(((name: string) => {
    const queue = replies[name] ?? [];
    return settle(queue.length > 1 ? queue.shift() : queue[0]);
  }) as typeof call);
}

/**
 * Every test of the file starts with no call answered, nothing stored on the phone and the app
 * acting for 李桂兰 herself; spies are put back after each test.
 */
export function startEachTestAsLigl(): void {
  beforeEach(() => {
    mockedCall.mockReset();
    window.localStorage.clear();
    resetActingAsCache();
    setActingAs({ residentId: 'rs-ligl', name: '李桂兰', self: true });
  });
  afterEach(() => jest.restoreAllMocks());
}
