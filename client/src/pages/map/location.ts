import Taro from '@tarojs/taro';

export type LocationOutcome =
  | { ok: true; lat: number; lng: number; coord: 'gcj02' | 'wgs84' }
  | { ok: false; reason: 'denied' | 'unavailable' };

const REFUSED_KEY = 'yl.map.locationRefused';
const H5_TIMEOUT_MS = 10_000;

/** True when the person said no to location before: the map then opens on the search box. */
export function refusedBefore(): boolean {
  try {
    return Taro.getStorageSync(REFUSED_KEY) === true;
  } catch {
    return false;
  }
}

function remember(refused: boolean): void {
  try {
    if (refused) Taro.setStorageSync(REFUSED_KEY, true);
    else Taro.removeStorageSync(REFUSED_KEY);
  } catch {
    // Not remembered: the question comes again next time, which is harmless.
  }
}

async function weappLocation(): Promise<LocationOutcome> {
  try {
    // gcj02 is what WeChat's map and the grids use; no conversion needed.
    const res = await Taro.getLocation({ type: 'gcj02' });
    return { ok: true, lat: res.latitude, lng: res.longitude, coord: 'gcj02' };
  } catch (err) {
    const msg = String((err as { errMsg?: string })?.errMsg ?? '');
    // "auth deny", "auth denied", "authorize no response" and a refused privacy agreement all mean no.
    return { ok: false, reason: /auth|privacy|deny/i.test(msg) ? 'denied' : 'unavailable' };
  }
}

function browserLocation(): Promise<LocationOutcome> {
  const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  if (!geo) return Promise.resolve({ ok: false, reason: 'unavailable' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, reason: 'unavailable' }), H5_TIMEOUT_MS);
    geo.getCurrentPosition(
      (pos) => {
        clearTimeout(timer);
        // Browsers report GPS (wgs84) coordinates; the backend converts them.
        resolve({ ok: true, lat: pos.coords.latitude, lng: pos.coords.longitude, coord: 'wgs84' });
      },
      (err) => {
        clearTimeout(timer);
        resolve({ ok: false, reason: err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable' });
      },
      { enableHighAccuracy: false, timeout: H5_TIMEOUT_MS - 1000, maximumAge: 10 * 60 * 1000 },
    );
  });
}

/** Where the phone is, asking permission through the platform's own prompts. */
export async function currentLocation(): Promise<LocationOutcome> {
  const outcome = process.env.TARO_ENV === 'weapp' ? await weappLocation() : await browserLocation();
  remember(!outcome.ok && outcome.reason === 'denied');
  return outcome;
}

/** Opens the mini-program's permission settings, where location can be switched back on. */
export function openLocationSettings(): void {
  if (process.env.TARO_ENV === 'weapp') Taro.openSetting().catch(() => undefined);
}
