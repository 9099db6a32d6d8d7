import Taro from '@tarojs/taro';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type PropsWithChildren } from 'react';

/** WeChat's own font-size setting in px; 17 is the standard size, 20 and above is "large". */
const LARGE_FONT_SETTING = 20;
const STORAGE_KEY = 'yl.elderMode';

export interface ElderModeState {
  /** Screens render large when this is true. */
  elder: boolean;
  /** The account's own 长辈模式 setting, as last known. */
  accountElderMode: boolean;
  /** WeChat's font size is set to large on this phone. */
  systemLargeFont: boolean;
  /** Records the account's setting (from the backend, or a switch the user just flipped). */
  setAccountElderMode: (enabled: boolean) => void;
}

const ElderModeContext = createContext<ElderModeState>({
  elder: false,
  accountElderMode: false,
  systemLargeFont: false,
  setAccountElderMode: () => undefined,
});

function readSystemLargeFont(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false;
  try {
    // WeChat returns fontSizeSetting here; Taro's typing of the result leaves it out.
    const info = Taro.getAppBaseInfo?.() as { fontSizeSetting?: number } | undefined;
    return (info?.fontSizeSetting ?? 0) >= LARGE_FONT_SETTING;
  } catch {
    return false;
  }
}

// The last known account setting is kept on the phone so that large text shows from the first
// screen, before the account has been fetched.
function readStored(): boolean {
  try {
    return Taro.getStorageSync(STORAGE_KEY) === true;
  } catch {
    return false;
  }
}

function store(enabled: boolean): void {
  try {
    Taro.setStorageSync(STORAGE_KEY, enabled);
  } catch {
    // Storage full or unavailable: the setting still applies for this session.
  }
}

export interface ElderModeProviderProps {
  /** Overrides the phone's font setting; for previews and tests. */
  systemLargeFont?: boolean;
  /** Overrides the stored account setting; for previews and tests. */
  initialAccountElderMode?: boolean;
  /**
   * Fetches the account's own setting once at launch, so a person who turned 长辈模式 on (or whose
   * family did) gets large text on the first screen of a new phone, not only after opening 我的.
   */
  syncAccount?: () => Promise<boolean>;
}

/** Makes elder mode known to every screen below it. */
export function ElderModeProvider({
  children,
  systemLargeFont,
  initialAccountElderMode,
  syncAccount,
}: PropsWithChildren<ElderModeProviderProps>) {
  const [accountElderMode, setAccount] = useState<boolean>(() => initialAccountElderMode ?? readStored());
  const [systemLarge] = useState<boolean>(() => systemLargeFont ?? readSystemLargeFont());

  const setAccountElderMode = useCallback((enabled: boolean) => {
    setAccount(enabled);
    store(enabled);
  }, []);

  useEffect(() => {
    if (!syncAccount) return undefined;
    let live = true;
    syncAccount().then(
      (enabled) => {
        if (live) setAccountElderMode(enabled);
      },
      // Offline or not signed in: the stored setting stays, and the me tab reports the problem.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [syncAccount, setAccountElderMode]);

  const value = useMemo<ElderModeState>(
    () => ({
      elder: accountElderMode || systemLarge,
      accountElderMode,
      systemLargeFont: systemLarge,
      setAccountElderMode,
    }),
    [accountElderMode, systemLarge, setAccountElderMode],
  );

  return <ElderModeContext.Provider value={value}>{children}</ElderModeContext.Provider>;
}

/** Reads elder mode; outside a provider it is off. */
export function useElderMode(): ElderModeState {
  return useContext(ElderModeContext);
}
