import { Map, View } from '@tarojs/components';
import type { MapProps } from '@tarojs/components';
import fixedIcon from '../../assets/map/fixed.png';
import mobileIcon from '../../assets/map/mobile.png';
import meIcon from '../../assets/map/me.png';
import { pointInGeometry } from '@shared/geo/point-in-polygon';
import { geometryBBox } from './map-view';
import { markerIcon } from './marker-icon';
import { KIND_TEXT, type GridMapProps } from './grid-map-props';
import { MapLegend } from './map-legend';
import './grid-map.css';

type Ring = Array<[number, number]>;
const toPoints = (ring: Ring) => ring.map(([longitude, latitude]) => ({ latitude, longitude }));

/**
 * The mini-program map: WeChat's own map (gcj02, like the grids) with the grid outlines as polygons
 * and the service points as markers. Holes (lakes) are drawn over in the ground colour, since map
 * polygons have no holes of their own.
 */
export function GridMap({ grids, points, highlightGridId, me, onSelectGrid }: GridMapProps) {
  const highlighted = grids.find((g) => g.id === highlightGridId) ?? grids[0];
  if (!highlighted) return null;
  const box = geometryBBox(highlighted.geometry);
  const polygons: MapProps.polygon[] = [];
  for (const g of grids) {
    const mine = g.id === highlightGridId;
    const parts = g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates;
    for (const rings of parts) {
      rings.forEach((ring, i) => {
        polygons.push({
          points: toPoints(ring as Ring),
          strokeWidth: mine ? 3 : 1,
          strokeColor: mine ? '#0e6443ff' : '#7d8890ff',
          fillColor: i > 0 ? '#f2f4f1ff' : mine ? '#1a7f5a47' : '#e3e8ea66',
          zIndex: mine ? 2 : 1,
        });
      });
    }
  }
  const markers: MapProps.marker[] = points.map((p, i) => ({
    id: i,
    latitude: p.location.lat,
    longitude: p.location.lng,
    iconPath: p.kind === 'fixed' ? markerIcon('fixed', fixedIcon) : markerIcon('mobile', mobileIcon),
    width: 28,
    height: 28,
    callout: { content: `${p.name}\n${KIND_TEXT[p.kind]}`, display: 'BYCLICK', padding: 8, borderRadius: 6, fontSize: 15, color: '#111418', bgColor: '#ffffff' },
  })) as MapProps.marker[];
  if (me) markers.push({ id: points.length, latitude: me.lat, longitude: me.lng, iconPath: markerIcon('me', meIcon), width: 30, height: 30, anchor: { x: 0.5, y: 0.5 } } as MapProps.marker);

  const onTap = (e: { detail?: { latitude?: number; longitude?: number } }) => {
    const { latitude, longitude } = e.detail ?? {};
    if (!onSelectGrid || latitude === undefined || longitude === undefined) return;
    const tapped = grids.find((g) => g.id !== highlightGridId && pointInGeometry([longitude, latitude], g.geometry));
    if (tapped) onSelectGrid(tapped);
  };

  return (
    <View className='grid-map'>
      <Map
        className='grid-map__native'
        style={{ width: '100%', height: '300px' }}
        latitude={highlighted.center.lat}
        longitude={highlighted.center.lng}
        scale={15}
        polygons={polygons}
        markers={markers}
        includePoints={[
          { latitude: box.south, longitude: box.west },
          { latitude: box.north, longitude: box.east },
        ]}
        showLocation={Boolean(me)}
        onTap={onTap}
        onError={() => undefined}
      />
      <MapLegend mine={Boolean(me)} showMe={false} />
    </View>
  );
}
