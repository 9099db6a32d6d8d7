import { useEffect } from 'react';
import { call } from '../api';
import { useElderMode } from './elder-mode';

/**
 * Learns the account's 长辈模式 once at launch, so a person who turned it on (or whose family turned
 * it on) gets large text on the first screen of a new phone, not only after opening 我的.
 */
export function ElderModeSync(): null {
  const { setAccountElderMode } = useElderMode();
  useEffect(() => {
    let live = true;
    call('resident.me', {}).then(
      (account) => {
        if (live) setAccountElderMode(account.elderMode);
      },
      // Offline or not signed in: the stored setting stays, and the me tab reports the problem.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [setAccountElderMode]);
  return null;
}
