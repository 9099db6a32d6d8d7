import { bestMatch, compareMatches, gridPlaceNames, lookupTerm, MAX_TERM, nameForms, normalizeName, searchTermsFor, type PlaceName } from '../../shared/grid/search-terms';

describe('searching grids by place name', () => {
  it('normalises spaces, separators and full-width characters', () => {
    expect(normalizeName(' 七彩 · 云南 ')).toBe('七彩云南');
    expect(normalizeName('ＡＢＣ１２')).toBe('abc12');
  });

  it('knows a name without its generic ending', () => {
    expect(nameForms('石龙湖社区')).toEqual(['石龙湖社区', '石龙湖']);
    expect(nameForms('丰宁街道')).toEqual(['丰宁街道', '丰宁']);
    expect(nameForms('老姆登村')).toEqual(['老姆登村', '老姆登']);
    expect(nameForms('匹河怒族乡')).toEqual(['匹河怒族乡', '匹河怒族']);
    expect(nameForms('呈贡区')).toEqual(['呈贡区', '呈贡']);
    expect(nameForms('福贡县')).toEqual(['福贡县', '福贡']);
    expect(nameForms('石龙湖小区')).toEqual(['石龙湖小区', '石龙湖']);
    // Never strips a name down to one character.
    expect(nameForms('东村')).toEqual(['东村']);
  });

  it('finds a grid by its 小区, itself, its 社区, 街道 and 区县, most specific first', () => {
    const region = { community: '石龙湖社区', township: '洛龙街道', county: '呈贡区' };
    const names = gridPlaceNames({ name: '石龙湖社区第一网格', places: ['石龙湖小区'], region });
    expect(names.map((n) => n.kind)).toEqual(['place', 'grid', 'community', 'township', 'county']);
    expect(bestMatch('呈贡', names)).toEqual({ match: 'exact', name: '呈贡区', kind: 'county' });
    expect(searchTermsFor(names.map((n) => n.name))).toContain('呈贡');
  });

  it('stores every substring up to MAX_TERM characters, so any query is one indexed lookup', () => {
    const terms = searchTermsFor(['石龙湖社区', '洛龙街道']);
    for (const t of ['石', '石龙', '龙湖社', '石龙湖社区', '洛龙', '街道']) expect(terms).toContain(t);
    expect(terms.every((t) => Array.from(t).length <= MAX_TERM)).toBe(true);
    expect(lookupTerm('  石龙湖 ')).toBe('石龙湖');
    expect(lookupTerm('云南省昆明市呈贡区洛龙街道')).toBe('云南省昆明市');
    expect(lookupTerm('  ')).toBeNull();
  });

  it('ranks exact names before prefixes before names that merely contain the query', () => {
    const names = (...list: Array<[string, PlaceName['kind']]>): PlaceName[] => list.map(([name, kind]) => ({ name, kind }));
    const exact = bestMatch('石龙湖', names(['石龙湖社区第一网格', 'grid'], ['石龙湖社区', 'community']));
    const prefix = bestMatch('石龙湖', names(['石龙湖畔小区', 'place'], ['洛龙社区', 'community']));
    const contains = bestMatch('石龙湖', names(['新石龙湖家园', 'place']));
    expect(exact).toEqual({ match: 'exact', name: '石龙湖社区', kind: 'community' });
    expect(prefix).toEqual({ match: 'prefix', name: '石龙湖畔小区', kind: 'place' });
    expect(contains).toEqual({ match: 'contains', name: '新石龙湖家园', kind: 'place' });
    expect([contains!, exact!, prefix!].sort(compareMatches)).toEqual([exact, prefix, contains]);
    expect(bestMatch('华山', names(['石龙湖社区', 'community']))).toBeNull();
  });
});
