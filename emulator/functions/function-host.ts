import crypto from 'node:crypto';
import path from 'node:path';
import { runWithEnv } from './env-proxy';
import { listFunctions, type FunctionConfig } from './function-config';

type Main = (event: unknown, context: unknown) => unknown;

/**
 * Who started an invocation. `openid` is the WeChat caller (null: anonymous); `timer` marks a run
 * started by a timer trigger, which CloudBase delivers with no caller and `TRIGGER_SRC=timer`.
 */
export interface Identity {
  openid: string | null;
  timer?: boolean;
  /** `TCB_SOURCE` of a call from another function (`<caller's chain>,scf`), which has no WeChat caller. */
  source?: string;
}

export interface HostOptions {
  functionsDir: string;
  envId: string;
  appId: string;
  /** The emulator's database endpoint, given to each invocation as CloudBase's runtime does. */
  adminUrl?: string;
  /** The functions' own environment variables, as a deployment configures them (e.g. `YL_WRITE_LIMITS`). */
  env?: Record<string, string>;
}

export class FunctionNotFoundError extends Error {}
export class FunctionTimeoutError extends Error {}

/**
 * Runs deployable functions as CloudBase does: `main(event, context)` with the caller in
 * `context.environment` (a JSON string) and, for code that reads it from there, in `process.env`.
 */
export class FunctionHost {
  private readonly configs = new Map<string, FunctionConfig>();
  private readonly mains = new Map<string, Main>();

  constructor(private readonly opts: HostOptions) {
    for (const config of listFunctions(opts.functionsDir)) this.configs.set(config.name, config);
  }

  /** Sets the database endpoint once the server knows its port. */
  setAdminUrl(url: string): void {
    this.opts.adminUrl = url;
  }

  /** The same functions run with `env` added to their environment (a trusted batch's own configuration). */
  withEnv(env: Record<string, string>): FunctionHost {
    return new FunctionHost({ ...this.opts, env: { ...this.opts.env, ...env } });
  }

  functions(): FunctionConfig[] {
    return [...this.configs.values()];
  }

  has(name: string): boolean {
    return this.configs.has(name);
  }

  /** The open APIs `name` declares in its config.json, or null when there is no such function. */
  openApisOf(name: string): string[] | null {
    return this.configs.get(name)?.openApis ?? null;
  }

  /** Invokes `name` with `event` as `identity`; only the timer scheduler and the dev helper pass `timer`. */
  async invoke(name: string, event: Record<string, unknown>, identity: Identity): Promise<unknown> {
    const config = this.configs.get(name);
    if (!config) throw new FunctionNotFoundError(`function ${name} does not exist`);
    const main = this.load(name);
    const requestId = crypto.randomUUID();
    const timerRun = identity.timer === true;
    const openid = timerRun ? null : identity.openid;
    const env: Record<string, string> = {
      ...this.opts.env,
      WX_OPENID: openid ?? '',
      WX_APPID: openid ? this.opts.appId : '',
      WX_UNIONID: '',
      TCB_ENV: this.opts.envId,
      SCF_NAMESPACE: this.opts.envId,
      // A user's call is `wx_client`; a call from another function carries the caller's chain plus `scf`.
      ...(openid ? { TCB_SOURCE: 'wx_client' } : identity.source && !timerRun ? { TCB_SOURCE: identity.source } : {}),
      // The runtime's marker for a timer trigger run (the node SDK reads it to pick the timer's token).
      ...(timerRun ? { TRIGGER_SRC: 'timer' } : {}),
      // CloudBase lists which of these the SDK may read as the caller (getUserInfo and friends).
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
      TCB_CONTEXT_KEYS: 'TCB_ENV,SCF_NAMESPACE,TCB_SOURCE',
      // The endpoint names the function (the SDK appends its own query after the '&'), so the open-API
      // relay can hold the call to what this function's config.json declares, as CloudBase does.
      ...(this.opts.adminUrl ? { TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${this.opts.adminUrl}?function=${encodeURIComponent(name)}&` }) } : {}),
    };
    const context = {
      request_id: requestId,
      function_name: name,
      function_version: '$LATEST',
      namespace: this.opts.envId,
      memory_limit_in_mb: 256,
      time_limit_in_ms: config.timeout * 1000,
      environment: JSON.stringify(env),
    };
    const fullEvent = openid
      ? { ...event, userInfo: { appId: this.opts.appId, openId: openid } }
      : event;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new FunctionTimeoutError(`function ${name} timed out after ${config.timeout}s`)),
        config.timeout * 1000,
      );
    });
    const run = runWithEnv(env, async () => main(fullEvent, context));
    // After a timeout the caller has its answer; a late failure of the abandoned run must not surface
    // as an unhandled rejection.
    run.catch(() => undefined);
    try {
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private load(name: string): Main {
    let main = this.mains.get(name);
    if (!main) {
      const mod = require(path.join(this.opts.functionsDir, name, 'index.js'));
      main = (mod.main ?? mod.default?.main) as Main;
      if (typeof main !== 'function') throw new FunctionNotFoundError(`function ${name} exports no main`);
      this.mains.set(name, main);
    }
    return main;
  }
}
