import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';

/** The person the app is acting for: the user's own profile or someone they look after (代管). */
export interface ActingAs {
  residentId: string;
  name: string;
  /** True for the user's own profile. */
  self: boolean;
  /** What the person is to the user (父母, 子女, ...), for someone else. */
  relationLabel?: string;
}

const STORAGE_KEY = 'yl.actingAs';
const listeners = new Set<() => void>();
let current: ActingAs | null | undefined;

function read(): ActingAs | null {
  try {
    const value = Taro.getStorageSync(STORAGE_KEY) as unknown;
    if (value && typeof value === 'object' && typeof (value as ActingAs).residentId === 'string') return value as ActingAs;
  } catch {
    // Storage unavailable: start with nobody chosen.
  }
  return null;
}

function snapshot(): ActingAs | null {
  if (current === undefined) current = read();
  return current;
}

/** The current choice, outside React. */
export function getActingAs(): ActingAs | null {
  return snapshot();
}

/** Chooses whose profile the app acts on, on every page and across restarts; null forgets the choice. */
export function setActingAs(next: ActingAs | null): void {
  current = next;
  try {
    if (next) Taro.setStorageSync(STORAGE_KEY, next);
    else Taro.removeStorageSync(STORAGE_KEY);
  } catch {
    // Storage full or unavailable: the choice still holds for this session.
  }
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** Whose profile the app is acting on now; re-renders when it changes anywhere in the app. */
export function useActingAs(): ActingAs | null {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Forgets the cached value so the next read comes from storage again; for tests. */
export function resetActingAsCache(): void {
  current = undefined;
}
