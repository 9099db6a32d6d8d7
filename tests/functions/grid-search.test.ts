import { startBackendForFile } from './harness';

const backend = startBackendForFile();

const DAUGHTER = 'o-resident-wangmin';
const search = (q: string) => backend.ok(DAUGHTER, 'grid.search', { q });

describe('grid.search', () => {
  it('finds the three grids of 石龙湖社区 by name, with their team', async () => {
    const { q, results } = await search('石龙湖');
    expect(q).toBe('石龙湖');
    expect(results.map((r) => r.grid.id)).toEqual(['cg-shilonghu-01', 'cg-shilonghu-02', 'cg-shilonghu-03']);
    // 石龙湖小区 in the first grid is an exact name too (小区 is a generic ending).
    expect(results.map((r) => r.matchedName)).toEqual(['石龙湖小区', '石龙湖社区', '石龙湖社区']);
    for (const r of results) {
      expect(r).toMatchObject({ match: 'exact', teamName: '呈贡区石龙湖社区家庭医生团队' });
      expect(r.grid.regionText).toBe('昆明市呈贡区洛龙街道石龙湖社区');
    }
  });

  it('ranks an exact name before names that start with the query', async () => {
    const { results } = await search('石龙');
    expect(results.map((r) => [r.grid.id, r.match, r.matchedName])).toEqual([
      ['cg-shilonghu-03', 'exact', '石龙村'],
      ['cg-shilonghu-01', 'prefix', '石龙湖小区'],
      ['cg-shilonghu-02', 'prefix', '石龙湖社区第二网格'],
    ]);
  });

  it('ranks names that start with the query before names that merely contain it', async () => {
    const { results } = await search('龙湖');
    expect(results[0]).toMatchObject({ match: 'prefix', matchedName: '龙湖家园' });
    expect(results.slice(1).every((r) => r.match === 'contains')).toBe(true);
    expect(results.length).toBeGreaterThanOrEqual(3);
  });

  it('finds a mountain village and a whole street', async () => {
    const village = await search('老姆登');
    expect(village.results.map((r) => r.grid.id)).toEqual(['nj-laomudeng']);
    expect(village.results[0].teamName).toBe('匹河怒族乡第一家庭医生团队');

    const street = await search('丰宁街道');
    expect(street.results).toHaveLength(8);
    expect(street.results.every((r) => r.grid.region.township === '丰宁街道')).toBe(true);
    // 丰宁 alone: the grids of 丰宁社区 (and its 丰宁小区) come before the rest of the street.
    const short = await search('丰宁');
    expect(short.results.slice(0, 2).map((r) => r.grid.id)).toEqual(['wh-fengning-01', 'wh-fengning-02']);
    expect(short.results).toHaveLength(8);
  });

  it('finds a 小区 by a name longer than the stored terms', async () => {
    const { results } = await search('普洱茶马古城康养公寓');
    expect(results.map((r) => r.grid.id)).toEqual(['pe-chama-01']);
    expect(results[0].teamName).toBe('普洱思茅区旅居服务家庭医生团队');
  });

  it('finds the grids of a district or county by its name, each grid once', async () => {
    const chenggong = await search('呈贡');
    expect(chenggong.results.length).toBeGreaterThanOrEqual(10);
    expect(chenggong.results.every((r) => r.grid.region.county === '呈贡区')).toBe(true);
    expect(new Set(chenggong.results.map((r) => r.grid.id)).size).toBe(chenggong.results.length);
    const lines = chenggong.results.map((r) => `${r.grid.name}|${r.grid.regionText}|${r.teamName}`);
    expect(new Set(lines).size).toBe(lines.length);
    expect(chenggong.results.find((r) => r.grid.id === 'cg-shilonghu-02')).toMatchObject({ matchedName: '呈贡区', matchedAs: 'county', match: 'exact' });

    const simao = await search('思茅区');
    expect(simao.results.map((r) => r.grid.id)).toEqual(expect.arrayContaining(['pe-chama-01']));
    expect(simao.results.every((r) => r.grid.region.county === '思茅区')).toBe(true);
    // 思茅 is also a 镇 inside the district: its grids come first, then the rest of the district.
    const short = await search('思茅');
    expect(short.results[0]).toMatchObject({ matchedName: '思茅镇', matchedAs: 'township' });
    expect(short.results.map((r) => r.grid.id)).toEqual(expect.arrayContaining(['pe-chama-01']));
  });

  it('answers a name nobody knows with an empty list', async () => {
    expect(await search('香格里拉')).toEqual({ q: '香格里拉', results: [] });
  });

  it('looks names up through the searchTerms index', () => {
    expect(backend.emulator.db.explain('grids', { searchTerms: '石龙湖' })).toMatchObject({ index: 'searchTerms', scanned: 3 });
  });

  it('asks for a name when the query is empty or blank, and refuses a very long one', async () => {
    for (const q of ['', '   ']) {
      expect(await backend.call(DAUGHTER, 'grid.search', { q })).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: '请输入要查找的小区、村或街道名称', field: 'q' },
      });
    }
    expect(await backend.call(DAUGHTER, 'grid.search', {})).toMatchObject({ ok: false, error: { field: 'q', message: '请输入要查找的小区、村或街道名称' } });
    expect(await backend.call(DAUGHTER, 'grid.search', { q: '很'.repeat(31) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'q', message: '名称太长了，请输入 30 个字以内' },
    });
  });
});
