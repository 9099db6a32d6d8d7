/**
 * Finding a grid by the Chinese name of a place in it (小区, 村, 社区, 街道, 乡镇, 区县) without a full scan:
 * every grid stores the n-grams of its place names (`searchTerms`), and a query is looked up by its
 * first n-gram, an indexed equality, then ranked exact > prefix > contains.
 */

/** Longest stored n-gram; a longer query is looked up by its first MAX_TERM characters. */
export const MAX_TERM = 6;

/** How a place relates to the grid; earlier kinds rank first among equal matches. */
export type PlaceKind = 'place' | 'grid' | 'community' | 'township' | 'county';
const KIND_ORDER: PlaceKind[] = ['place', 'grid', 'community', 'township', 'county'];

export interface PlaceName {
  name: string;
  kind: PlaceKind;
}

export type MatchKind = 'exact' | 'prefix' | 'contains';
const MATCH_ORDER: MatchKind[] = ['exact', 'prefix', 'contains'];

/** Generic endings people leave out: 石龙湖 finds 石龙湖社区 as an exact match. */
const SUFFIXES = ['社区居委会', '村民委员会', '居民委员会', '街道办事处', '村委会', '居委会', '村民小组', '社区', '街道', '小区', '网格', '乡', '镇', '村', '组', '区', '县'];

/** Full-width to half-width, no spaces or separators: 七彩 · 云南 -> 七彩云南. */
export function normalizeName(text: string): string {
  return text.normalize('NFKC').replace(/[\s·•.,，、()（）\-—_]/g, '').toLowerCase();
}

/** The name and, when it ends in a generic suffix, the name without it (never shorter than 2). */
export function nameForms(name: string): string[] {
  const full = normalizeName(name);
  const forms = [full];
  for (const suffix of SUFFIXES) {
    if (full.endsWith(suffix) && full.length - suffix.length >= 2) {
      forms.push(full.slice(0, full.length - suffix.length));
      break;
    }
  }
  return forms;
}

/** The names a grid is found by, most specific first: its 小区 and 村, itself, its 社区, 街道 and 区县. */
export function gridPlaceNames(grid: { name: string; places?: readonly string[]; region: { community: string; township: string; county: string } }): PlaceName[] {
  return [
    ...(grid.places ?? []).map((name) => ({ name, kind: 'place' as const })),
    { name: grid.name, kind: 'grid' },
    { name: grid.region.community, kind: 'community' },
    { name: grid.region.township, kind: 'township' },
    { name: grid.region.county, kind: 'county' },
  ];
}

/** Every substring of 1..MAX_TERM characters of every name, deduplicated. */
export function searchTermsFor(names: string[]): string[] {
  const terms = new Set<string>();
  for (const name of names) {
    const chars = Array.from(normalizeName(name));
    for (let i = 0; i < chars.length; i++) {
      for (let len = 1; len <= MAX_TERM && i + len <= chars.length; len++) terms.add(chars.slice(i, i + len).join(''));
    }
  }
  return [...terms].sort();
}

/** The stored term to look a query up by, or null when nothing searchable is left. */
export function lookupTerm(query: string): string | null {
  const chars = Array.from(normalizeName(query));
  return chars.length === 0 ? null : chars.slice(0, MAX_TERM).join('');
}

export interface NameMatch {
  match: MatchKind;
  name: string;
  kind: PlaceKind;
}

/** The best way one of the names matches the query, or null. */
export function bestMatch(query: string, names: PlaceName[]): NameMatch | null {
  const q = normalizeName(query);
  if (!q) return null;
  let best: NameMatch | null = null;
  for (const { name, kind } of names) {
    const forms = nameForms(name);
    const match: MatchKind | null = forms.includes(q) ? 'exact' : forms[0].startsWith(q) ? 'prefix' : forms[0].includes(q) ? 'contains' : null;
    if (match && (!best || compareMatches({ match, name, kind }, best) < 0)) best = { match, name, kind };
  }
  return best;
}

/** Orders matches best first: exact before prefix before contains, then by kind, then shorter names. */
export function compareMatches(a: NameMatch, b: NameMatch): number {
  return (
    MATCH_ORDER.indexOf(a.match) - MATCH_ORDER.indexOf(b.match) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    Array.from(a.name).length - Array.from(b.name).length
  );
}
