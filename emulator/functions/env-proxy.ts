import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * `@cloudbase/node-sdk` reads the caller (getUserInfo, the current env) from `process.env` only, so
 * concurrent invocations in one process would see each other's identity. `process.env` is replaced
 * once by a proxy whose reads consult the invocation's own overlay first (AsyncLocalStorage keeps it
 * across awaits), leaving the real environment untouched.
 */
const overlay = new AsyncLocalStorage<Record<string, string>>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const base = process.env;
  const own = (key: string | symbol): string | undefined => {
    const store = overlay.getStore();
    return store && typeof key === 'string' && Object.prototype.hasOwnProperty.call(store, key) ? store[key] : undefined;
  };
  process.env = new Proxy(base, {
    get: (target, key) => own(key) ?? Reflect.get(target, key),
    has: (target, key) => own(key) !== undefined || Reflect.has(target, key),
    ownKeys: (target) => {
      const store = overlay.getStore();
      const keys = Reflect.ownKeys(target);
      return store ? [...new Set([...keys, ...Object.keys(store)])] : keys;
    },
    getOwnPropertyDescriptor: (target, key) => {
      const value = own(key);
      if (value !== undefined) return { value, enumerable: true, configurable: true, writable: true };
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

/** Runs `fn` with `env` visible through `process.env` to it and everything it awaits. */
export function runWithEnv<T>(env: Record<string, string>, fn: () => T): T {
  install();
  return overlay.run(env, fn);
}
