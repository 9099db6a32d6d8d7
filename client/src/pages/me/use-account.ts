import { useCallback, useState } from 'react';
import type { ApiError } from '@shared/api';
import type { Account } from './account';
import { call, newRequestId, toApiError } from '../../api';
import { useElderMode } from '../../components';
import { useMountedRef, useRefreshOnShow } from '../../lib/use-refresh-on-show';

export interface AccountState {
  account: Account | null;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
  /** Error of the last elder-mode change, shown beside the switch. */
  elderError: ApiError | null;
  savingElder: boolean;
  setElderMode: (enabled: boolean) => void;
}

/** The caller's account, fetched when the screen is shown, and its 长辈模式 setting. */
export function useAccount(): AccountState {
  const { setAccountElderMode } = useElderMode();
  const [account, setAccount] = useState<Account | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [elderError, setElderError] = useState<ApiError | null>(null);
  const [savingElder, setSavingElder] = useState(false);
  const mounted = useMountedRef();

  const reload = useCallback(() => {
    setLoading(true);
    setError(null);
    call('resident.me', {})
      .then((me) => {
        if (!mounted.current) return;
        setAccount(me);
        setAccountElderMode(me.elderMode);
      })
      .catch((err: unknown) => {
        if (mounted.current) setError(toApiError(err));
      })
      .finally(() => {
        if (mounted.current) setLoading(false);
      });
  }, [setAccountElderMode, mounted]);

  useRefreshOnShow(reload);

  const setElderMode = useCallback(
    (enabled: boolean) => {
      if (!account) return;
      const before = account.elderMode;
      // Applied at once so the screen answers the tap; put back if the change cannot be saved.
      setAccountElderMode(enabled);
      setAccount({ ...account, elderMode: enabled });
      setElderError(null);
      setSavingElder(true);
      call('resident.setElderMode', { enabled }, { requestId: newRequestId() })
        .then((saved) => {
          if (!mounted.current) return;
          setAccount(saved);
          setAccountElderMode(saved.elderMode);
        })
        .catch((err: unknown) => {
          if (!mounted.current) return;
          setAccount((cur: Account | null) => (cur ? { ...cur, elderMode: before } : cur));
          setAccountElderMode(before);
          setElderError(toApiError(err));
        })
        .finally(() => {
          if (mounted.current) setSavingElder(false);
        });
    },
    [account, setAccountElderMode, mounted],
  );

  return { account, loading, error, reload, elderError, savingElder, setElderMode };
}
