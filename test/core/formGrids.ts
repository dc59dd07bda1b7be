/**
 * The 项目支出绩效自评表 of 财预〔2020〕10号 as units publish it (湖南, 云南 and 广东 copies share the grid), as
 * plain rows and merges: the 项目资金（万元） label merged down column A beside 年度资金总额 and its 其中 rows in
 * column B, a 年度总体目标 block, and the indicator block with 年度指标值 split over 指标性质 | 指标值 | 度量单位
 * under a merged header. Two projects one under another on a sheet, beside a 部门整体 budget table: the layout
 * tests write them to .xlsx, the shells' tests use them as they are.
 */

/** Text, numbers and blanks only, so that the rows are at once a snapshot's and an ExcelJS fixture's. */
export type FormRow = readonly (string | number | null)[];

export interface FormSheet {
  readonly name: string;
  readonly rows: readonly FormRow[];
  readonly merges: readonly string[];
}

export interface FormSpec {
  readonly project: string;
  /** 年初, 全年, 执行 and the stated 执行率 and 得分 of 年度资金总额, then the same of its three 其中 rows. */
  readonly funds: readonly FormRow[];
  readonly indicators: readonly FormRow[];
  readonly total: readonly [number, number];
  readonly grade: string;
}

/** One form's rows (11 columns, A–K) and merges, its first row being `top` (1-based). */
export function form(spec: FormSpec, top: number): { rows: FormRow[]; merges: string[] } {
  const r = (offset: number) => top + offset;
  const indicatorsEnd = r(13 + spec.indicators.length);
  const rows: FormRow[] = [
    ['项目支出绩效自评表'],
    ['（2024年度）'],
    ['项目名称', spec.project],
    ['主管部门', '衡阳市医疗保障局', null, null, null, '实施单位', '衡阳市医疗保障局'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', ...spec.funds[0]],
    [null, '其中：当年财政拨款', ...spec.funds[1]],
    [null, '上年结转资金', ...spec.funds[2]],
    [null, '其他资金', ...spec.funds[3]],
    ['年度总体目标', '预期目标', null, null, null, null, '实际完成情况'],
    [null, '按期完成年度任务，资金及时足额支付。', null, null, null, null, '年度任务基本完成，部分资金支付滞后。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [null, null, null, null, '指标性质', '指标值', '度量单位'],
    ...spec.indicators.map((row) => [null, ...row]),
    ['总分', null, null, null, null, null, null, null, 100, spec.total[1]],
    ['评价等次', null, null, null, null, null, null, null, spec.grade],
  ];
  const merges = [
    `A${r(0)}:K${r(0)}`, `A${r(1)}:K${r(1)}`, `B${r(2)}:K${r(2)}`, `B${r(3)}:E${r(3)}`, `G${r(3)}:K${r(3)}`,
    `A${r(4)}:A${r(8)}`,
    `A${r(9)}:A${r(10)}`, `B${r(9)}:F${r(9)}`, `G${r(9)}:K${r(9)}`, `B${r(10)}:F${r(10)}`, `G${r(10)}:K${r(10)}`,
    `A${r(11)}:A${indicatorsEnd - 1}`, `B${r(11)}:B${r(12)}`, `C${r(11)}:C${r(12)}`, `D${r(11)}:D${r(12)}`, `E${r(11)}:G${r(11)}`,
    `H${r(11)}:H${r(12)}`, `I${r(11)}:I${r(12)}`, `J${r(11)}:J${r(12)}`, `K${r(11)}:K${r(12)}`,
    `A${indicatorsEnd}:H${indicatorsEnd}`, `A${indicatorsEnd + 1}:H${indicatorsEnd + 1}`,
  ];
  return { rows, merges };
}

// 医疗保障能力建设经费 (the seed's 52% line): 18.02 budgeted, 9.37 spent.
// 预算执行 = 10 × 9.37/18.02 = 10 × 0.51998 = 5.20. 产出 20 + 15 + 15 = 50; 效益: 激活率 20 × 45/60 = 15 and
// 信息化支撑能力 (定性, 已完成: the 达成 tier's top) 10 = 25; 满意度 10. Total 5.2 + 50 + 25 + 10 = 90.2: 优.
export const CAPACITY: FormSpec = {
  project: '医疗保障能力建设经费',
  funds: [
    [18.02, 18.02, 9.37, 10, '52%', 5.2],
    [18.02, 18.02, 9.37, '—', '52%', '—'],
    [0, 0, 0, '—', null, '—'],
    [0, 0, 0, '—', null, '—'],
  ],
  indicators: [
    ['产出指标', '数量指标', '接入医保信息平台的定点医药机构数', '≥', 3000, '家', '3321家', 20, 20, null],
    [null, '质量指标', '医保信息系统对接自查覆盖率', '＝', 100, '%', '100%', 15, 15, null],
    [null, '时效指标', '资金支付及时率', '≥', 95, '%', '98%', 15, 15, null],
    ['效益指标', '社会效益指标', '医保电子凭证激活率', '≥', 60, '%', '45%', 20, 15, '推广进度滞后，2025年加大宣传'],
    [null, '可持续影响指标', '信息化支撑能力', '定性', '有效提升', null, '已完成', 10, 10, null],
    ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥', 90, '%', '95%', 10, 10, null],
  ],
  total: [100, 90.2],
  grade: '优',
};

// 欺诈骗保行为举报奖励专项资金 (the seed's 0% line): 3.00 budgeted, nothing spent, and 其中 rows left at 0.
// 预算执行 = 0. 产出 50, 效益 30 (定性, 已完成), 满意度 10: total 90, 优 — and the stated 年度资金总额 of 3.00
// beside parts of 0 is a sum-mismatch error (SCORING.md: 年度资金总额 = 当年财政拨款 + 上年结转 + 其他资金).
export const REWARDS: FormSpec = {
  project: '欺诈骗保行为举报奖励专项资金',
  funds: [
    [3, 3, 0, 10, '0%', 0],
    [0, 0, 0, '—', null, '—'],
    [0, 0, 0, '—', null, '—'],
    [0, 0, 0, '—', null, '—'],
  ],
  indicators: [
    ['产出指标', '数量指标', '举报线索核查率', '≥', 100, '%', '100%', 50, 50, null],
    ['效益指标', '社会效益指标', '欺诈骗保行为得到遏制', '定性', '有效遏制', null, '已完成', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '举报人满意度', '≥', 90, '%', '92%', 10, 10, null],
  ],
  total: [100, 90],
  grade: '优',
};

export const first = form(CAPACITY, 1); // rows 1–21
export const second = form(REWARDS, 24); // rows 24–41, two blank rows between
export const FORMS_SHEET: FormSheet = {
  name: '项目自评表',
  rows: [...first.rows, [], [], ...second.rows],
  merges: [...first.merges, ...second.merges],
};

/** The 部门整体 budget table the unit keeps on a sheet of its own (the seed's 基本支出 figures, 万元). */
export const DEPARTMENT_SHEET: FormSheet = {
  name: '部门预算执行',
  rows: [
    ['2024年度部门预算执行情况表'],
    [null, null, null, '单位：万元'],
    ['序号', '项目名称', '全年预算数', '全年执行数'],
    [1, '人员经费', 1275, 1270.47],
    [2, '公用经费', 260, 256.25],
  ],
  merges: ['A1:D1'],
};

