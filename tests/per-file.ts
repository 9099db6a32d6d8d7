/**
 * Starts something the tests of the calling file share (an app, a backend) before the first of them
 * and stops it after the last: call at the top of the file. The returned function gives the running
 * thing, and fails plainly when asked before it started.
 */
export function perFile<T>(what: string, start: () => Promise<T>, stop: (running: T) => Promise<void>): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => (started === undefined ? undefined : stop(started)));
  return () => {
    if (started === undefined) throw new Error(`the ${what} is not running: it starts before the file's first test`);
    return started;
  };
}
