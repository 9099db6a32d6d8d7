import type { SuiteApp } from '../harness';

type Data = Record<string, any>;

/**
 * Calls a backend action named `fn.action` as `openid` through app.callAs (so its reply is scanned
 * like every other): for setting the scene of a journey. A refusal throws.
 */
export function sceneCaller(app: Pick<SuiteApp, 'callAs'>) {
  return function call(openid: string, name: string, input: Data): Promise<Data> {
    const [fn, action] = name.split('.');
    return app.callAs(openid, fn, action, input);
  };
}
