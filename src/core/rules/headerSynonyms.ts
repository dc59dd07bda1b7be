/**
 * Header words, Chinese and English, for each column a table may have (DESIGN.md "Reading the tables").
 * Each field lists patterns strongest first: a column taken by a strong pattern is not offered to a weak
 * one, so 绩效指标 over the indicator block does not steal the 三级指标 column.
 */
export type BudgetField =
  | 'seq'
  | 'name'
  | 'category'
  | 'initialBudget'
  | 'budget'
  | 'actual'
  | 'rate'
  | 'weight'
  | 'score'
  | 'note';

export type IndicatorField = 'level1' | 'level2' | 'level3' | 'target' | 'actual' | 'weight' | 'score' | 'reason';

export type ScoresField = 'label' | 'weight' | 'score';

export interface FieldPatterns<F extends string> {
  readonly field: F;
  /** Tier 0 first, then tier 1, …; matched against the header text with spaces and unit notes removed. */
  readonly tiers: readonly RegExp[];
}

export interface HeaderSchema<F extends string> {
  readonly kind: 'budget' | 'indicators' | 'scores';
  /** Columns never offered to these fields, whatever else their header says. */
  readonly never?: readonly { readonly fields: readonly F[]; readonly pattern: RegExp }[];
  /** In the order they are offered columns within a tier. */
  readonly fields: readonly FieldPatterns<F>[];
  /** A header row must match all of one of these sets. */
  readonly required: readonly (readonly F[])[];
}

export const BUDGET_HEADER: HeaderSchema<BudgetField> = {
  kind: 'budget',
  fields: [
    { field: 'rate', tiers: [/执行率|executionrate|^rate$|^执行进度$/i] },
    { field: 'initialBudget', tiers: [/年初|initialbudget|originalbudget/i] },
    {
      field: 'budget',
      // 预算数 over 年初 | 全年 reads 预算数全年 in a two-row header.
      tiers: [/全年预算|调整后预算|调整预算|全年数|预算数?全年|^全年$|adjustedbudget/i, /预算数|预算金额|预算|^budget/i],
    },
    { field: 'actual', tiers: [/全年执行|执行数|执行金额|实际支出|支出数|决算数|实际数|^actual|expenditure|spent/i, /执行|支出金额/] },
    { field: 'weight', tiers: [/^分值$|^权重$|^weight$/i] },
    { field: 'score', tiers: [/^得分$|^自评得分$|^score$/i] },
    { field: 'seq', tiers: [/^序号$|^编号$|^no\.?$|^#$/i] },
    { field: 'note', tiers: [/备注|说明|偏差原因|原因|note|remark/i] },
    { field: 'category', tiers: [/^(支出)?类别$|^支出类型$|^支出性质$|^category$|^type$/i] },
    {
      field: 'name',
      tiers: [
        /项目名称|支出项目|科目名称|预算项目|资金名称|^project|^item|^line/i,
        /项目|科目|名称|内容|资金|^name$/i,
      ],
    },
  ],
  required: [
    ['budget', 'actual'],
    ['initialBudget', 'actual'],
  ],
  // 年中调整金额, 结余金额, 资金结余率 and 行次 sit beside the amounts on grouped forms (预算安排 / 拨付情况 /
  // 结余情况) and carry their words (预算, 执行, 率): they are never an amount or the rate.
  never: [{ fields: ['initialBudget', 'budget', 'actual', 'rate'], pattern: /年中调整|调整金额|调增|调减|结余|结转结余|行次/ }],
};

export const INDICATOR_HEADER: HeaderSchema<IndicatorField> = {
  kind: 'indicators',
  fields: [
    { field: 'level1', tiers: [/一级指标|^一级$|level1/i] },
    { field: 'level2', tiers: [/二级指标|^二级$|level2/i] },
    { field: 'level3', tiers: [/三级指标|^三级$|指标名称|具体指标|level3/i, /绩效指标|^指标$|^indicator/i] },
    { field: 'target', tiers: [/年度指标值|年度目标值|目标值|指标值|预期值|^target/i] },
    { field: 'actual', tiers: [/实际完成值|完成值|实际值|实际完成|完成情况|^actual/i] },
    { field: 'weight', tiers: [/^分值$|^权重$|^weight$|^分数$/i] },
    { field: 'score', tiers: [/^得分$|^自评得分$|^score$|^评分$/i] },
    { field: 'reason', tiers: [/偏差原因|原因分析|改进措施|reason|deviation/i] },
  ],
  required: [
    ['level3', 'target', 'actual'],
    ['level2', 'target', 'actual'],
  ],
};

export const SCORES_HEADER: HeaderSchema<ScoresField> = {
  kind: 'scores',
  fields: [
    { field: 'weight', tiers: [/^分值$|^权重$|^满分$|^weight$/i] },
    { field: 'score', tiers: [/^自评得分$|^得分$|^自评分$|^score$/i] },
    { field: 'label', tiers: [/评价内容|评价指标|^指标$|^项目$|^内容$|^类别$|^item$|^category$/i] },
  ],
  required: [['label', 'score']],
};

/** The sub-headers of a split 年度指标值 or 实际完成值 (指标性质 | 指标值 | 度量单位), checked in this order. */
export const SPLIT_VALUE_PARTS: readonly { readonly pattern: RegExp; readonly part: 'operator' | 'value' | 'unit' }[] = [
  { pattern: /指标性质|性质|符号|运算符|方向|比较/, part: 'operator' },
  { pattern: /单位/, part: 'unit' },
  { pattern: /值|数值|数量|value/i, part: 'value' },
];

/**
 * What a 指标性质 cell may say instead of a sign: the direction in words, or 定性 for a value in words.
 * Anything else (`≥`, `＞`, `≤`, `＝`) is the operator itself.
 */
export const SPLIT_OPERATOR_WORDS: readonly { readonly word: string; readonly operator: string }[] = [
  { word: '正向', operator: '≥' },
  { word: '反向', operator: '≤' },
  { word: '定性', operator: '' },
  { word: '定量', operator: '' },
];

/** Words one of which every header row holds; a cheap test before the per-field patterns. */
export const HEADER_WORD =
  /预算|执行|指标|分值|得分|权重|完成值|评价内容|budget|actual|target|score|weight|indicator|expenditure/i;

/** A budget line's name that makes it a total rather than a line. */
export const TOTAL_ROW = {
  overall: /^(合计|总计|支出合计|总合计|支出总计|年度资金总额|资金总额|全年资金总额|总额|grandtotal|total)$/i,
  subtotal: /^(小计|subtotal)$/i,
} as const;

/**
 * Category words at the start of a line's name (基本支出, 二、项目支出) or of a table's title; a line
 * under such a heading belongs to that category.
 */
export const LINE_CATEGORY_WORDS: readonly { readonly pattern: RegExp; readonly category: string }[] = [
  { pattern: /^基本支出/, category: '基本支出' },
  { pattern: /^项目支出/, category: '项目支出' },
  { pattern: /^社会保险基金/, category: '社会保险基金' },
  { pattern: /^政府性基金/, category: '政府性基金' },
  { pattern: /^国有资本经营/, category: '国有资本经营' },
];

/** The same words anywhere in a title or sheet name (`2024年项目支出预算执行情况表`). */
export const TITLE_CATEGORY_WORDS: readonly { readonly pattern: RegExp; readonly category: string }[] = [
  { pattern: /社会保险基金|社保基金/, category: '社会保险基金' },
  { pattern: /政府性基金/, category: '政府性基金' },
  { pattern: /国有资本经营/, category: '国有资本经营' },
  { pattern: /基本支出/, category: '基本支出' },
  { pattern: /项目支出/, category: '项目支出' },
];

/** Rows that end a table: signatures and notes under it, or the next block of the 自评表 form. */
export const FOOTER_ROW =
  /^(注[:：]|注$|说明[:：]|填报人|填表人|制表人|单位负责人|财务负责人|审核人|联系电话|填报日期|年度总体目标|总体目标|绩效目标|年度绩效目标)/;

/**
 * A row that is a category heading rather than a line: the category word itself, with at most
 * 预算/支出/情况 and 合计/小计 after it (`二、项目支出`, `社会保险基金预算支出`, `基本支出合计`).
 */
export const CATEGORY_ROW =
  /^(基本支出|项目支出|社会保险基金|政府性基金|国有资本经营)(预算)?(支出)?(情况)?(合计|小计)?$/;

/** Leading order marks a 财务科 puts before a name: 一、 （二） 3. 1）. */
export const ORDER_MARK = /^(?:[（(]?[一二三四五六七八九十]+[)）、.．]|[（(]\d+[)）]|\d+[、.．)）](?!\d))\s*/;

/**
 * The levels of the numbering a 财务科 uses (SCORING.md "Totals and their parts": `一、` → `（一）` → `1.` →
 * `（1）`): a row is the total of the rows one level down below it.
 */
export const ORDER_LEVELS: readonly { readonly pattern: RegExp; readonly level: number }[] = [
  { pattern: /^[一二三四五六七八九十]+[、.．]/, level: 1 },
  { pattern: /^[（(][一二三四五六七八九十]+[)）]/, level: 2 },
  { pattern: /^\d+[、.．)）](?!\d)/, level: 3 },
  { pattern: /^[（(]\d+[)）]/, level: 4 },
];

/**
 * Breakdowns that are complete by definition (SCORING.md): parts that add up to less than such a total are an
 * error; under any other 其中 (a lone `其中：教育支出`) less is a partial breakdown and no flag. A province's other
 * pairs are a line here.
 */
export const COMPLETE_BREAKDOWNS: readonly { readonly total: RegExp; readonly parts: readonly RegExp[] }[] = [
  { total: /^基本支出/, parts: [/^人员经费/, /^公用经费/] },
  { total: /^(合计|总计|支出合计|年度资金总额|资金总额|全年资金总额)$/, parts: [/^基本支出/, /^项目支出/] },
  { total: /^(合计|总计|年度资金总额|资金总额|全年资金总额|项目资金总额)$/, parts: [/财政拨款/, /上年结转/, /其他资金/] },
  { total: /./, parts: [/^财政拨款/, /^其他资金/] },
];

/** `其中：` opens the parts of the line above. */
export const PARTS_MARK = /^其中[:：]?\s*/;
