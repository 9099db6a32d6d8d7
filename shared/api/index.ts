import type { z } from 'zod';
import { residentActions } from './resident';
import { gridActions } from './grid';
import { contractActions } from './contract';
import { appointmentActions } from './appointment';
import { visitActions } from './visit';
import { reminderActions } from './reminder';
import { healthActions } from './health';
import { sojournActions } from './sojourn';

export * from './errors';

/**
 * Every action of the product: `'<function>.<action>'` -> the deployable function that serves it and
 * the zod schemas of its input and output. Both the client and the functions validate against these.
 */
export const ACTIONS = {
  ...residentActions,
  ...gridActions,
  ...contractActions,
  ...appointmentActions,
  ...visitActions,
  ...reminderActions,
  ...healthActions,
  ...sojournActions,
} as const;

export type ActionName = keyof typeof ACTIONS;
export type ActionInput<N extends ActionName> = z.input<(typeof ACTIONS)[N]['input']>;
export type ActionOutput<N extends ActionName> = z.output<(typeof ACTIONS)[N]['output']>;

/** Splits `'grid.locate'` into the function name and the action name. */
export function splitAction(name: string): { fn: string; action: string } {
  const dot = name.indexOf('.');
  return { fn: name.slice(0, dot), action: name.slice(dot + 1) };
}
