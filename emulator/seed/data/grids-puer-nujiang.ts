import type { DemoArea, DemoCell } from './demo-area';

const numerals = ['一', '二', '三'];
const community = (prefix: string, slug: string, name: string, teamId: string, col: number, rows: string[][]): DemoCell[] =>
  rows.map((places, row) => ({
    col,
    row,
    id: `${prefix}-${slug}-${String(row + 1).padStart(2, '0')}`,
    name: `${name}第${numerals[row]}网格`,
    community: name,
    teamId,
    places,
  }));

const PUER = { province: '云南省', city: '普洱市', county: '思茅区' };

/** 思茅区思茅镇, the old town around 100.97E 22.78N. */
const simao: DemoArea = {
  ...PUER,
  township: '思茅镇',
  lattice: { west: 100.955, south: 22.765, dx: 0.008, dy: 0.008, jitter: 0.12, seed: 530802 },
  cells: [
    ...community('pe', 'ximen', '西门社区', 'team-pe-ximen', 0, [['西门小区', '人民西路小区'], ['红旗广场小区', '思茅二中宿舍'], ['白云小区', '西园']]),
    ...community('pe', 'dongmen', '东门社区', 'team-pe-dongmen', 1, [['东门小区', '月光路小区'], ['振兴小区', '洗马湖小区'], ['茶苑小区', '东郊新村']]),
  ],
};

/** 思茅区南屏镇, east of town: the sojourn destinations (茶马古城, 梅子湖). */
const nanping: DemoArea = {
  ...PUER,
  township: '南屏镇',
  lattice: { west: 100.974, south: 22.765, dx: 0.01, dy: 0.009, jitter: 0.1, seed: 5308021 },
  cells: [
    ...community('pe', 'chama', '茶马古城社区', 'team-pe-sojourn-simao', 0, [['茶马古城旅游小镇', '普洱茶马古城康养公寓'], ['古城水街小区', '候鸟康养园']]),
    ...community('pe', 'nanping', '南屏社区', 'team-pe-nanping', 1, [['南屏小区', '南屏老街'], ['菜阳河小区', '南岛河新村']]),
    ...community('pe', 'meizihu', '梅子湖社区', 'team-pe-sojourn-simao', 2, [['梅子湖公园小区', '梅子湖旅居公寓'], ['梅子村', '湖畔康养小区']]),
  ],
};
// 梅子湖 reservoir cut out of the community's first grid.
nanping.cells.find((c) => c.id === 'pe-meizihu-01')!.hole = { at: [0.55, 0.6], size: [0.18, 0.14] };

/** 福贡县匹河怒族乡: villages strung along the 怒江 valley, around 98.87E 26.53N. */
const village = (col: number, row: number, slug: string, name: string, teamId: string, groups: string[]): DemoCell => ({
  col,
  row,
  id: `nj-${slug}`,
  name,
  community: name,
  teamId,
  places: groups,
});
const pihe: DemoArea = {
  province: '云南省',
  city: '怒江傈僳族自治州',
  county: '福贡县',
  township: '匹河怒族乡',
  lattice: { west: 98.845, south: 26.48, dx: 0.03, dy: 0.025, jitter: 0.1, seed: 533323 },
  cells: [
    village(0, 0, 'tuoping', '托坪村', 'team-nj-pihe-2', ['托坪一组', '托坪二组', '阿尼底']),
    village(1, 0, 'wawa', '瓦娃村', 'team-nj-pihe-2', ['瓦娃一组', '瓦娃二组']),
    village(0, 1, 'guoke', '果科村', 'team-nj-pihe-2', ['果科一组', '果科二组', '色德']),
    village(1, 1, 'miangu', '棉谷村', 'team-nj-pihe-2', ['棉谷一组', '棉谷二组']),
    village(0, 2, 'zhiziluo', '知子罗村', 'team-nj-pihe-1', ['知子罗一组', '知子罗二组', '碧江老城']),
    village(1, 2, 'laomudeng', '老姆登村', 'team-nj-pihe-1', ['老姆登一组', '老姆登二组', '老姆登三组']),
    village(0, 3, 'jiajiu', '架究村', 'team-nj-pihe-1', ['架究一组', '架究二组']),
    village(1, 3, 'puluo', '普洛村', 'team-nj-pihe-1', ['普洛一组', '普洛二组']),
  ],
};
// 知子罗村 also farms a patch across the river, east of the lattice.
pihe.cells.find((c) => c.id === 'nj-zhiziluo')!.detached = [
  [98.915, 26.535],
  [98.925, 26.535],
  [98.925, 26.543],
  [98.915, 26.543],
  [98.915, 26.535],
];

export const PUER_NUJIANG_AREAS: DemoArea[] = [simao, nanping, pihe];
