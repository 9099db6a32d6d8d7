import { Text, View } from '@tarojs/components';
import { pointInGeometry } from '@shared/geo/point-in-polygon';
import { useElderMode } from '../elder-mode';
import { fitViewport, geometryBBox, geometryPath, labelSpot, project, unproject } from './map-view';
import { KIND_TEXT, type GridMapProps } from './grid-map-props';
import { MapLegend } from './map-legend';
import './grid-map.css';

const WIDTH = 360;
const HEIGHT = 280;
/** Label sizes in picture units; keep in step with .grid-map__label in grid-map.css. */
const LABEL_SIZE = 15;
const ELDER_LABEL_SIZE = 19;

/**
 * The map drawn as a picture (SVG) from the grid polygons themselves: no map tiles, so it works in the
 * browser build without any online map script. The highlighted grid is filled and named; service
 * points are marked by kind, and a legend says what each mark means.
 */
export function GridMap({ grids, points, highlightGridId, me, onSelectGrid }: GridMapProps) {
  const { elder } = useElderMode();
  const highlighted = grids.find((g) => g.id === highlightGridId) ?? null;
  if (!highlighted && grids.length === 0) return null;
  const vp = fitViewport(geometryBBox((highlighted ?? grids[0]).geometry), WIDTH, HEIGHT);
  const mePoint = me ? project(vp, [me.lng, me.lat]) : null;
  const marks = points.map((p) => project(vp, [p.location.lng, p.location.lat]));
  if (mePoint) marks.push(mePoint);
  const label = highlighted
    ? labelSpot(
        project(vp, [highlighted.center.lng, highlighted.center.lat]),
        Array.from(highlighted.name).length,
        marks,
        (at) => pointInGeometry(unproject(vp, at), highlighted.geometry),
        elder ? ELDER_LABEL_SIZE : LABEL_SIZE,
      )
    : null;

  return (
    <View className='grid-map'>
      <svg
        className='grid-map__svg'
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role='img'
        aria-label={highlighted ? `地图：${highlighted.name}及周边网格和服务点` : '地图：网格和服务点'}
      >
        <rect x='0' y='0' width={WIDTH} height={HEIGHT} className='grid-map__ground' />
        {grids.map((g) => (
          <path
            key={g.id}
            d={geometryPath(vp, g.geometry)}
            fillRule='evenodd'
            className={g.id === highlightGridId ? 'grid-map__grid grid-map__grid--mine' : 'grid-map__grid'}
            data-grid-id={g.id}
            onClick={onSelectGrid && g.id !== highlightGridId ? () => onSelectGrid(g) : undefined}
          >
            <title>{`${g.name}（${g.teamName}）`}</title>
          </path>
        ))}
        {points.map((p) => {
          const [x, y] = project(vp, [p.location.lng, p.location.lat]);
          return p.kind === 'fixed' ? (
            <rect key={p.id} x={x - 7} y={y - 7} width='14' height='14' rx='3' className='grid-map__point grid-map__point--fixed'>
              <title>{`${p.name}（${KIND_TEXT.fixed}）`}</title>
            </rect>
          ) : (
            <path key={p.id} d={`M${x},${y - 9}L${x + 8},${y}L${x},${y + 9}L${x - 8},${y}Z`} className='grid-map__point grid-map__point--mobile'>
              <title>{`${p.name}（${KIND_TEXT.mobile}）`}</title>
            </path>
          );
        })}
        {highlighted && label ? (
          <text x={label[0]} y={label[1]} textAnchor='middle' className='grid-map__label'>
            {highlighted.name}
          </text>
        ) : null}
        {mePoint ? (
          <g className='grid-map__me'>
            <circle cx={mePoint[0]} cy={mePoint[1]} r='13' className='grid-map__me-halo' />
            <circle cx={mePoint[0]} cy={mePoint[1]} r='6' className='grid-map__me-dot' />
          </g>
        ) : null}
      </svg>
      <MapLegend mine={Boolean(me)} showMe={Boolean(me)} />
      {onSelectGrid ? <Text className='grid-map__hint'>点地图上的其他网格，可查看负责那里的团队</Text> : null}
    </View>
  );
}
