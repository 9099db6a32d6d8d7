import tcb from '@cloudbase/node-sdk';

type App = ReturnType<typeof tcb.init>;
export type Database = ReturnType<App['database']>;

let app: App | undefined;

/**
 * One SDK instance per function instance, bound to the environment the function runs in. Locally the
 * emulator points the SDK at itself through TCB_CONTEXT_CNFG, so this code is the same in both.
 */
export function cloudbase(): App {
  app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  return app;
}

export function database(): Database {
  return cloudbase().database();
}

/** The invocation's context as CloudBase gives it (its `environment` merged over the runtime's variables). */
export function invocationContext(context: unknown): Record<string, unknown> {
  return tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]) as unknown as Record<string, unknown>;
}

/** The caller's openid as CloudBase gives it, or null for system callers such as timers. */
export function callerOpenid(context: unknown): string | null {
  const env = invocationContext(context);
  return env.WX_OPENID ? String(env.WX_OPENID) : null;
}
