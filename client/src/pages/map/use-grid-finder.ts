import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '@shared/api';
import type { LocateResult, MapView, SearchResult } from '@shared/api/grid';
import { call, toApiError } from '../../api';
import { currentLocation, refusedBefore } from './location';

/** How the grid on screen was found. */
export type Origin = 'location' | 'search' | 'map';
export type Busy = 'locating' | 'searching' | 'loading' | null;

export interface FinderState {
  busy: Busy;
  result: LocateResult | null;
  origin: Origin | null;
  /** The grid polygons and service points around the grid on screen. */
  view: MapView | null;
  /** Search results; null before any search. */
  results: SearchResult[] | null;
  searchedFor: string;
  locationProblem: 'denied' | 'unavailable' | null;
  error: ApiError | null;
}

const INITIAL: FinderState = {
  busy: null,
  result: null,
  origin: null,
  view: null,
  results: null,
  searchedFor: '',
  locationProblem: null,
  error: null,
};

// Wide enough to hold a mountain village (about 3 km) and its neighbours.
const VIEW_HALF_LNG = 0.035;
const VIEW_HALF_LAT = 0.03;

/**
 * The map tab's state: find the grid and team by the phone's location, by a place name, or by tapping
 * a neighbouring grid, and load the map around it. Opening the tab looks the location up at once,
 * unless the person declined before; then the search box is the way in.
 */
export function useGridFinder() {
  const [state, setState] = useState<FinderState>(INITIAL);
  const latest = useRef(0);
  const patch = (next: Partial<FinderState>) => setState((s) => ({ ...s, ...next }));

  const show = useCallback(async (ticket: number, result: LocateResult, origin: Origin) => {
    if (ticket !== latest.current) return;
    patch({ result, origin, busy: null, error: null, view: null });
    if (!result.inCoverage) return;
    const { lat, lng } = result.grid.center;
    try {
      const view = await call('grid.map', {
        bbox: { west: lng - VIEW_HALF_LNG, east: lng + VIEW_HALF_LNG, south: lat - VIEW_HALF_LAT, north: lat + VIEW_HALF_LAT },
      });
      if (ticket === latest.current) patch({ view });
    } catch {
      // The list below the map says everything the map would; a missing picture is not an error.
    }
  }, []);

  const locateAt = useCallback(
    async (lat: number, lng: number, coord: 'gcj02' | 'wgs84', origin: Origin) => {
      const ticket = ++latest.current;
      patch({ busy: 'loading', error: null });
      try {
        await show(ticket, await call('grid.locate', { lat, lng, coord }), origin);
      } catch (err) {
        if (ticket === latest.current) patch({ busy: null, error: toApiError(err) });
      }
    },
    [show],
  );

  const locateMe = useCallback(async () => {
    const ticket = ++latest.current;
    patch({ busy: 'locating', error: null, locationProblem: null });
    const where = await currentLocation();
    if (ticket !== latest.current) return;
    if (!where.ok) {
      patch({ busy: null, locationProblem: where.reason });
      return;
    }
    await locateAt(where.lat, where.lng, where.coord, 'location');
  }, [locateAt]);

  const search = useCallback(async (q: string) => {
    const ticket = ++latest.current;
    patch({ busy: 'searching', error: null, searchedFor: q.trim() });
    try {
      const { results } = await call('grid.search', { q });
      if (ticket === latest.current) patch({ busy: null, results });
    } catch (err) {
      if (ticket === latest.current) patch({ busy: null, results: null, error: toApiError(err) });
    }
  }, []);

  const clearSearch = useCallback(() => {
    // A search still on its way must not bring the old list back.
    latest.current += 1;
    setState((s) => (s.results === null && s.busy !== 'searching' ? s : { ...s, busy: s.busy === 'searching' ? null : s.busy, results: null, searchedFor: '' }));
  }, []);

  const choose = useCallback(
    async (r: SearchResult) => {
      patch({ results: null });
      await locateAt(r.grid.center.lat, r.grid.center.lng, 'gcj02', 'search');
    },
    [locateAt],
  );

  const selectGrid = useCallback(
    (center: { lat: number; lng: number }) => locateAt(center.lat, center.lng, 'gcj02', 'map'),
    [locateAt],
  );

  useEffect(() => {
    if (!refusedBefore()) void locateMe();
    else patch({ locationProblem: 'denied' });
  }, [locateMe]);

  return { state, locateMe, search, clearSearch, choose, selectGrid };
}
