import type { DemoArea, DemoCell } from './demo-area';

const KUNMING = { province: '云南省', city: '昆明市' };

/** Communities as lattice columns, their grids as rows from south to north. */
function columns(prefix: string, cols: Array<{ slug: string; community: string; teamId: string; rows: string[][] }>): DemoCell[] {
  const numerals = ['一', '二', '三', '四'];
  return cols.flatMap((c, col) =>
    c.rows.map((places, row) => ({
      col,
      row,
      id: `${prefix}-${c.slug}-${String(row + 1).padStart(2, '0')}`,
      name: `${c.community}第${numerals[row]}网格`,
      community: c.community,
      teamId: c.teamId,
      places,
    })),
  );
}

/** 呈贡区洛龙街道: 石龙湖社区 (around 102.85E 24.87N) and its neighbours. */
const luolong: DemoArea = {
  ...KUNMING,
  county: '呈贡区',
  township: '洛龙街道',
  lattice: { west: 102.838, south: 24.8595, dx: 0.008, dy: 0.0072, jitter: 0.12, seed: 530114 },
  cells: columns('cg', [
    { slug: 'luolong', community: '洛龙社区', teamId: 'team-cg-luolong', rows: [['洛龙村', '洛龙花园'], ['洛龙公园小区', '春融苑'], ['锦绣华庭', '洛羊路小区']] },
    { slug: 'shilonghu', community: '石龙湖社区', teamId: 'team-cg-shilonghu', rows: [['石龙湖小区', '湖畔雅苑'], ['龙湖家园', '学府花园'], ['云岭佳苑', '石龙村']] },
    { slug: 'langjiaying', community: '郎家营社区', teamId: 'team-cg-langjiaying', rows: [['郎家营村', '郎家营新村'], ['彩云居', '景溪苑'], ['万溪冲小区', '和苑']] },
    { slug: 'bailongtan', community: '白龙潭社区', teamId: 'team-cg-bailongtan', rows: [['白龙潭村', '白龙苑'], ['呈祥家园', '梁王河小区'], ['金鼎佳园', '龙潭新居']] },
  ]),
};
// 石龙湖 itself: the lake is cut out of the south-west of the community's second grid.
const shilonghu2 = luolong.cells.find((c) => c.id === 'cg-shilonghu-02')!;
shilonghu2.hole = { at: [0.3, 0.3], size: [0.14, 0.14] };

/** 五华区丰宁街道, north-west of 翠湖. */
const fengning: DemoArea = {
  ...KUNMING,
  county: '五华区',
  township: '丰宁街道',
  lattice: { west: 102.678, south: 25.05, dx: 0.0065, dy: 0.0058, jitter: 0.12, seed: 530102 },
  cells: columns('wh', [
    { slug: 'sujiatang', community: '苏家塘社区', teamId: 'team-wh-sujiatang', rows: [['苏家塘小区', '学府路小区'], ['红联小区', '苏家塘新村']] },
    { slug: 'fengning', community: '丰宁社区', teamId: 'team-wh-fengning', rows: [['丰宁小区', '二环西路小区'], ['丰宁新村', '莲花池小区']] },
    { slug: 'longxiang', community: '龙翔社区', teamId: 'team-wh-longxiang', rows: [['龙翔小区', '龙翔街宿舍'], ['白马小区', '翔园']] },
    { slug: 'mayuan', community: '麻园社区', teamId: 'team-wh-mayuan', rows: [['麻园小区', '麻园新村'], ['黄土坡小区', '海源苑']] },
  ]),
};

/** 五华区华山街道, around 翠湖. */
const huashan: DemoArea = {
  ...KUNMING,
  county: '五华区',
  township: '华山街道',
  lattice: { west: 102.704, south: 25.036, dx: 0.006, dy: 0.0055, jitter: 0.12, seed: 5301021 },
  cells: columns('wh', [
    { slug: 'cuihu', community: '翠湖社区', teamId: 'team-wh-cuihu', rows: [['翠湖南路小区', '洪化桥'], ['翠湖北路小区', '云大宿舍']] },
    { slug: 'huashan', community: '华山社区', teamId: 'team-wh-huashan', rows: [['华山西路小区', '五一路小区'], ['华山南路小区', '武成路小区']] },
    { slug: 'yuantong', community: '圆通社区', teamId: 'team-wh-yuantong', rows: [['圆通街小区', '青云街小区'], ['螺峰街小区', '圆通山下']] },
    { slug: 'wenlin', community: '文林社区', teamId: 'team-wh-wenlin', rows: [['文林街小区', '文化巷'], ['钱局街小区', '先生坡']] },
  ]),
};

export const KUNMING_AREAS: DemoArea[] = [luolong, fengning, huashan];
