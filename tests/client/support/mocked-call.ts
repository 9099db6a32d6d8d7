import { call } from '../../../client/src/api/call';
import { setActingAs } from '../../../client/src/components';
import { resetActingAsCache } from '../../../client/src/components/acting-as-store';

/**
 * The backend `call` as the test file mocks it: the file itself must say
 * `jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }))` (jest hoists only a file's own mocks).
 */
export const mockedCall = call as jest.MockedFunction<typeof call>;

/** Answers every call with the reply listed under its action's name (undefined for an action not listed). */
export function answer(replies: Record<string, unknown>): void {
  mockedCall.mockImplementation(((name: string) => Promise.resolve(replies[name])) as typeof call);
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
