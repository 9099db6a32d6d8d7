import type { SearchResult } from '@shared/api/grid';

/**
 * How one search result reads: a 小区 or 村 found inside a grid leads with its own name; a match on
 * the grid itself or on an area that holds many grids (社区, 街道, 区县) leads with the grid's name,
 * so no two lines of the list read the same.
 */
export function searchResultText(r: SearchResult): { title: string; detail: string } {
  if (r.matchedAs === 'place') return { title: r.matchedName, detail: `${r.grid.name} · ${r.grid.regionText}` };
  return { title: r.grid.name, detail: r.grid.regionText };
}
