import gcoord from 'gcoord';
import { startBackendForFile } from './harness';
import { DEMO_TEAMS } from '../../emulator/seed/grid-map';
import { demoGridCollection } from '../../emulator/seed/data/demo-grids';
import { GRID_CELL_PRECISION, geohashEncode, haversineMeters, type Position } from '../../shared/geo';
import { pointLatLng } from '../../cloudfunctions/core/grids/grid-docs';
import { pointsOf } from '../../cloudfunctions/core/grids/team-repository';

const backend = startBackendForFile();

const RESIDENT = 'o-resident-ligl';

/** The three nearest teams by a full scan of the demo teams, to check the indexed search against. */
function nearestByScan(lat: number, lng: number): Array<{ id: string; distanceM: number }> {
  return DEMO_TEAMS.map((t) => ({
    id: t._id,
    distanceM: Math.round(Math.min(...pointsOf(t).map((p) => haversineMeters([lng, lat], [pointLatLng(p.location).lng, pointLatLng(p.location).lat])))),
  }))
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, 3);
}

describe('grid.locate', () => {
  it('finds the grid of a home at 石龙湖 and its team, with service points nearest first', async () => {
    const found = await backend.ok(RESIDENT, 'grid.locate', { lat: 24.87, lng: 102.85, coord: 'gcj02' });
    if (!found.inCoverage) throw new Error('expected to be in coverage');
    expect(found.grid).toMatchObject({ id: 'cg-shilonghu-02', name: '石龙湖社区第二网格', teamId: 'team-cg-shilonghu' });
    expect(found.grid.regionText).toBe('昆明市呈贡区洛龙街道石龙湖社区');
    expect(found.team).toMatchObject({ id: 'team-cg-shilonghu', name: '呈贡区石龙湖社区家庭医生团队', phone: '0871-67482316' });
    expect(found.servicePoints.map((p) => p.name)).toEqual(['石龙湖社区卫生服务站', '洛龙街道社区卫生服务中心', '石龙村老年活动室流动服务点']);
    const distances = found.servicePoints.map((p) => p.distanceM);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeGreaterThan(50);
    expect(distances[0]).toBeLessThan(300);
    expect(found.servicePoints[2]).toMatchObject({ kind: 'mobile', hours: '每月第2、4周周四上午' });
  });

  it('looks the grid up through the cells index, not a scan', async () => {
    const cell = geohashEncode(24.87, 102.85, GRID_CELL_PRECISION);
    const plan = backend.emulator.db.explain('grids', { cells: cell });
    expect(plan.index).toBe('cells');
    expect(plan.scanned).toBeLessThanOrEqual(6);
  });

  it('converts a GPS (wgs84) position to gcj02 before looking it up', async () => {
    const feature = demoGridCollection().features.find((f) => f.properties.gridId === 'wh-cuihu-01')!;
    const ring = feature.geometry.coordinates[0] as Position[];
    const gcj: Position = [(ring[0][0] + ring[4][0]) / 2, (ring[0][1] + ring[4][1]) / 2];
    const [wgsLng, wgsLat] = gcoord.transform(gcj, gcoord.GCJ02, gcoord.WGS84) as Position;
    const found = await backend.ok(RESIDENT, 'grid.locate', { lat: wgsLat, lng: wgsLng, coord: 'wgs84' });
    expect(found.inCoverage).toBe(true);
    if (!found.inCoverage) return;
    expect(found.grid.id).toBe('wh-cuihu-01');
    expect(found.team.name).toBe('五华区翠湖社区家庭医生团队');
    expect(haversineMeters([found.point.lng, found.point.lat], gcj)).toBeLessThan(5);
    // The same numbers read as gcj02 land a few hundred metres away, outside that grid.
    const unconverted = await backend.ok(RESIDENT, 'grid.locate', { lat: wgsLat, lng: wgsLng, coord: 'gcj02' });
    expect(unconverted.inCoverage && unconverted.grid.id === 'wh-cuihu-01').toBe(false);
  });

  it('gives a corner shared by four grids to the grid with the smallest code, every time', async () => {
    const feature = demoGridCollection().features.find((f) => f.properties.gridId === 'cg-shilonghu-01')!;
    const [lng, lat] = (feature.geometry.coordinates[0] as Position[])[4];
    for (let i = 0; i < 3; i++) {
      const found = await backend.ok(RESIDENT, 'grid.locate', { lat, lng, coord: 'gcj02' });
      expect(found.inCoverage && found.grid.id).toBe('cg-langjiaying-01');
    }
  });

  it('says a place in 大理 is outside every grid and lists the three nearest teams with distances', async () => {
    const outside = await backend.ok(RESIDENT, 'grid.locate', { lat: 25.6065, lng: 100.2676, coord: 'gcj02' });
    expect(outside.inCoverage).toBe(false);
    if (outside.inCoverage) return;
    expect(outside.message).toMatch(/还没有划入家庭医生服务网格/);
    const expected = nearestByScan(25.6065, 100.2676);
    expect(outside.nearestTeams.map((t) => ({ id: t.team.id, distanceM: t.distanceM }))).toEqual(expected);
    expect(outside.nearestTeams[0].nearestPoint.distanceM).toBe(expected[0].distanceM);
    expect(outside.nearestTeams[0].team.name).toMatch(/匹河/);
  });

  it('still finds three teams from the far north of China', async () => {
    const outside = await backend.ok(RESIDENT, 'grid.locate', { lat: 45.75, lng: 126.63, coord: 'wgs84' });
    expect(outside.inCoverage).toBe(false);
    if (outside.inCoverage) return;
    expect(outside.nearestTeams).toHaveLength(3);
    const expected = nearestByScan(outside.point.lat, outside.point.lng);
    expect(outside.nearestTeams.map((t) => t.team.id)).toEqual(expected.map((t) => t.id));
  });
});

describe('grid.locate with bad input', () => {
  const errorOf = async (input: unknown) => {
    const reply = await backend.call(RESIDENT, 'grid.locate', input);
    if (reply.ok) throw new Error('expected an error');
    return reply.error;
  };

  it('refuses a latitude out of range, naming the field', async () => {
    expect(await errorOf({ lat: 91, lng: 102.85, coord: 'gcj02' })).toEqual({ code: 'INVALID_INPUT', message: '纬度超出范围（应在 -90 到 90 之间）', field: 'lat' });
    expect(await errorOf({ lat: 24.87, lng: -181, coord: 'gcj02' })).toEqual({ code: 'INVALID_INPUT', message: '经度超出范围（应在 -180 到 180 之间）', field: 'lng' });
  });

  it('asks for a missing longitude and refuses text where a number belongs', async () => {
    expect(await errorOf({ lat: 24.87 })).toEqual({ code: 'INVALID_INPUT', message: '请提供位置的经度', field: 'lng' });
    expect(await errorOf({ lat: '24.87', lng: 102.85 })).toEqual({ code: 'INVALID_INPUT', message: '纬度应为数字', field: 'lat' });
  });

  it('refuses an unknown coordinate system', async () => {
    expect(await errorOf({ lat: 24.87, lng: 102.85, coord: 'bd09' })).toEqual({
      code: 'INVALID_INPUT',
      message: '坐标系只能是 gcj02（微信定位）或 wgs84（卫星定位）',
      field: 'coord',
    });
  });

  it('asks for an identity before answering', async () => {
    const reply = await backend.call(null, 'grid.locate', { lat: 24.87, lng: 102.85 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
