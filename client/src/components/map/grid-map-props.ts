import type { LatLng } from '@shared/geo/types';
import type { MapGrid, MapPoint } from '@shared/api/grid';

export interface GridMapProps {
  grids: MapGrid[];
  points: MapPoint[];
  /** The grid shown as "yours"; the view is centred on it. */
  highlightGridId: string | null;
  /** Where the person is, when the position came from their phone. */
  me?: LatLng | null;
  /** Tapping another grid asks for that grid and its team. */
  onSelectGrid?: (grid: MapGrid) => void;
}

export const KIND_TEXT = { fixed: '固定服务点', mobile: '流动服务点' } as const;
