import Taro from '@tarojs/taro';
import { useState } from 'react';

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The page's query parameters as it was opened with. */
export function usePageParams(): Record<string, string | undefined> {
  const [params] = useState(() => {
    const raw = (Taro.getCurrentInstance()?.router?.params ?? {}) as Record<string, string | undefined>;
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === undefined ? v : decode(v)]));
  });
  return params;
}
