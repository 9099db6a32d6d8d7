import { readFeature } from '../../cloudfunctions/core/grids/grid-features';
import { demoGridCollection } from '../../emulator/seed/data/demo-grids';
import { DEMO_TEAMS } from '../../emulator/seed/grid-map';
import { PERSONAS } from '../../emulator/seed/personas';
import { bboxOf, pointInGeometry, polygonProblems, type Position } from '../../shared/geo';

const { features } = demoGridCollection();

describe('the Yunnan demo map', () => {
  it('has at least 40 valid grids and 15 teams, every grid served by a known team', () => {
    expect(features.length).toBeGreaterThanOrEqual(40);
    expect(DEMO_TEAMS.length).toBeGreaterThanOrEqual(15);
    const teamIds = new Set(DEMO_TEAMS.map((t) => t._id));
    for (const f of features) {
      expect(polygonProblems(f.geometry)).toEqual([]);
      expect('draft' in readFeature(f)).toBe(true);
      expect(teamIds.has(String(f.properties.teamId))).toBe(true);
    }
    expect(new Set(features.map((f) => f.properties.gridId)).size).toBe(features.length);
    expect(teamIds.size).toBe(DEMO_TEAMS.length);
  });

  it('tiles each district without overlaps: no random point lies inside two grids', () => {
    let s = 7;
    const rand = (): number => ((s = (s * 16807) % 2147483647) / 2147483647);
    for (const f of features) {
      const box = bboxOf(f.geometry);
      for (let n = 0; n < 150; n++) {
        const p: Position = [box.west + rand() * (box.east - box.west), box.south + rand() * (box.north - box.south)];
        if (!pointInGeometry(p, f.geometry)) continue;
        const holders = features.filter((g) => pointInGeometry(p, g.geometry));
        expect(holders.map((g) => g.properties.gridId)).toEqual([f.properties.gridId]);
      }
    }
  });

  it('puts the demo staff in the teams their accounts are bound to', () => {
    for (const persona of PERSONAS.filter((p) => p.staff)) {
      const team = DEMO_TEAMS.find((t) => t._id === persona.staff!.teamId);
      expect(team?.members).toContainEqual(expect.objectContaining({ name: persona.staff!.name, role: persona.staff!.role }));
    }
    expect(DEMO_TEAMS.find((t) => t._id === 'team-cg-shilonghu')?.name).toBe('呈贡区石龙湖社区家庭医生团队');
    expect(DEMO_TEAMS.find((t) => t._id === 'team-pe-sojourn-simao')).toMatchObject({ name: '普洱思茅区旅居服务家庭医生团队', sojourn: true });
  });

  it('serves the Nujiang mountain villages with mobile points on a monthly schedule', () => {
    const pihe = DEMO_TEAMS.filter((t) => t.regionCode === '533323');
    expect(pihe.flatMap((t) => t.mobilePoints).length).toBeGreaterThanOrEqual(4);
    expect(pihe[0].members.map((m) => m.role)).toContain('乡村医生');
    expect(pihe[0].mobilePoints[0].scheduleText).toBe('每月第1、3周周三上午');
  });

  it('holds a lake cut out of a grid and a village in two parts', () => {
    expect(features.find((f) => f.properties.gridId === 'cg-shilonghu-02')?.geometry.coordinates).toHaveLength(2);
    expect(features.find((f) => f.properties.gridId === 'nj-zhiziluo')?.geometry.type).toBe('MultiPolygon');
    // 石龙湖, where the demo resident lives, is in her community's second grid, outside the lake.
    const home = features.filter((f) => pointInGeometry([102.85, 24.87], f.geometry));
    expect(home.map((f) => f.properties.gridId)).toEqual(['cg-shilonghu-02']);
  });
});
