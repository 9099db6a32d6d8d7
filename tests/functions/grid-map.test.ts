import { startBackendForFile } from './harness';
import { bboxIntersects, bboxOf, type BBox } from '../../shared/geo';

const backend = startBackendForFile();

const RESIDENT = 'o-resident-ligl';
const view = (bbox: BBox) => backend.ok(RESIDENT, 'grid.map', { bbox });

describe('grid.map', () => {
  it('returns the grid polygons and service points in a view around 石龙湖', async () => {
    const bbox = { west: 102.845, south: 24.865, east: 102.856, north: 24.876 };
    const map = await view(bbox);
    expect(map.truncated).toBe(false);
    const ids = map.grids.map((g) => g.id);
    expect(ids).toContain('cg-shilonghu-02');
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids.length).toBeLessThanOrEqual(9);
    for (const g of map.grids) expect(bboxIntersects(bboxOf(g.geometry), bbox)).toBe(true);
    const home = map.grids.find((g) => g.id === 'cg-shilonghu-02')!;
    expect(home).toMatchObject({ name: '石龙湖社区第二网格', teamName: '呈贡区石龙湖社区家庭医生团队' });
    // The lake is a hole in the polygon.
    expect(home.geometry.type === 'Polygon' && home.geometry.coordinates.length).toBe(2);
    expect(map.points.map((p) => p.name)).toContain('石龙湖社区卫生服务站');
    for (const p of map.points) {
      expect(p.location.lng).toBeGreaterThanOrEqual(bbox.west);
      expect(p.location.lng).toBeLessThanOrEqual(bbox.east);
      expect(p.location.lat).toBeGreaterThanOrEqual(bbox.south);
      expect(p.location.lat).toBeLessThanOrEqual(bbox.north);
    }
  });

  it('shows every grid of 匹河 in a township-wide view, the village in two parts included', async () => {
    const map = await view({ west: 98.83, south: 26.47, east: 98.93, north: 26.59 });
    expect(map.grids).toHaveLength(8);
    expect(map.grids.find((g) => g.id === 'nj-zhiziluo')?.geometry.type).toBe('MultiPolygon');
    expect(map.points.filter((p) => p.kind === 'mobile').length).toBeGreaterThanOrEqual(6);
  });

  it('uses the coarse cells for a city-wide view of Kunming', async () => {
    const map = await view({ west: 102.6, south: 24.8, east: 102.9, north: 25.1 });
    expect(map.truncated).toBe(false);
    expect(map.grids).toHaveLength(28);
    expect(map.grids.every((g) => g.id.startsWith('cg-') || g.id.startsWith('wh-'))).toBe(true);
  });

  it('asks to zoom in rather than send a whole province', async () => {
    const map = await view({ west: 97, south: 21, east: 106.5, north: 29.5 });
    expect(map).toMatchObject({ truncated: true, grids: [] });
  });

  it('answers an empty stretch of map with nothing', async () => {
    expect(await view({ west: 101.5, south: 23.5, east: 101.6, north: 23.6 })).toEqual({ grids: [], points: [], truncated: false });
  });

  it('refuses a box whose edges are the wrong way round, or a latitude out of range', async () => {
    expect(await backend.call(RESIDENT, 'grid.map', { bbox: { west: 102.9, south: 24.8, east: 102.8, north: 24.9 } })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '地图范围不正确：西边应小于东边，南边应小于北边', field: 'bbox' },
    });
    expect(await backend.call(RESIDENT, 'grid.map', { bbox: { west: 102.8, south: -95, east: 102.9, north: 24.9 } })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '纬度超出范围（应在 -90 到 90 之间）', field: 'bbox.south' },
    });
    expect(await backend.call(RESIDENT, 'grid.map', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'bbox' } });
  });
});
