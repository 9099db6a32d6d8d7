import { useCallback, useState } from 'react';
import type { ApiError } from '@shared/api';
import { toApiError } from '../api';
import { useMountedRef, useRefreshOnShow } from './use-refresh-on-show';

export interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
}

/** Runs `load` when the page opens and each time it is shown again, keeping the last good result. */
export function useLoader<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const mounted = useMountedRef();
  // The loader changes only with its inputs.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);

  const reload = useCallback(() => {
    setLoading(true);
    setError(null);
    run()
      .then((value) => mounted.current && setData(value))
      .catch((err: unknown) => mounted.current && setError(toApiError(err)))
      .finally(() => mounted.current && setLoading(false));
  }, [run, mounted]);

  useRefreshOnShow(reload);

  return { data, loading, error, reload };
}
