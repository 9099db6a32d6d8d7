import fs from 'node:fs';
import path from 'node:path';

/** A CloudBase timer trigger as declared in a function's config.json. */
export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** CloudBase cron: seconds minutes hours day-of-month month day-of-week year. */
  config: string;
}

export interface FunctionConfig {
  name: string;
  /** Seconds, as in CloudBase. */
  timeout: number;
  triggers: TimerTrigger[];
  /** The WeChat open APIs it declares (`permissions.openapi`), the only ones it may call. */
  openApis: string[];
}

const DEFAULT_TIMEOUT_S = 20;

/** Lists the deployable functions under `dir`: folders with a built `index.js`. */
export function listFunctions(dir: string): FunctionConfig[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.js')))
    .map((d) => readConfig(dir, d.name));
}

export function readConfig(dir: string, name: string): FunctionConfig {
  const file = path.join(dir, name, 'config.json');
  const raw = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const triggers: TimerTrigger[] = Array.isArray(raw.triggers)
    ? raw.triggers.filter((t: TimerTrigger) => t && t.type === 'timer' && typeof t.config === 'string')
    : [];
  const declared: unknown = raw.permissions?.openapi;
  const openApis = Array.isArray(declared) ? declared.filter((a): a is string => typeof a === 'string') : [];
  return { name, timeout: Number(raw.timeout) > 0 ? Number(raw.timeout) : DEFAULT_TIMEOUT_S, triggers, openApis };
}
