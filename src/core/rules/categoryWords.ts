import type { IndicatorCategory, ScoreCategory } from './ruleSets';

/** An indicator's category from its 一级指标 text (产出指标, 效益指标…), SCORING.md "Rule sets". */
export const LEVEL1_CATEGORY: readonly { readonly pattern: RegExp; readonly category: IndicatorCategory }[] = [
  { pattern: /产出|output/i, category: 'output' },
  { pattern: /效益|效果|effect|outcome|benefit/i, category: 'effect' },
  { pattern: /满意/, category: 'satisfaction' },
  { pattern: /satisf/i, category: 'satisfaction' },
  { pattern: /成本|cost/i, category: 'cost' },
];

/** When the 一级指标 is blank or generic, the 二级指标 still tells (财预〔2021〕101号's 二级指标 names). */
export const LEVEL2_CATEGORY: readonly { readonly pattern: RegExp; readonly category: IndicatorCategory }[] = [
  { pattern: /数量|质量|时效|quantity|quality|timeliness/i, category: 'output' },
  { pattern: /经济成本|社会成本|生态环境成本|成本/, category: 'cost' },
  { pattern: /效益|可持续|影响|benefit|impact/i, category: 'effect' },
  { pattern: /满意/, category: 'satisfaction' },
];

/** Labels of a stated-scores block (评价内容 | 分值 | 自评得分) or of a label cell beside a number. */
export const SCORE_LABELS: readonly { readonly pattern: RegExp; readonly key: ScoreCategory | 'total' | 'grade' }[] = [
  { pattern: /^(评价)?(等次|等级|结果|评级)|^grade$/i, key: 'grade' },
  { pattern: /^(自评)?(总分|总得分|得分合计|综合得分|合计|总计)|^total/i, key: 'total' },
  { pattern: /预算执行|执行率|^budget/i, key: 'budgetExecution' },
  { pattern: /产出|^output/i, key: 'output' },
  { pattern: /效益|效果|^effect/i, key: 'effect' },
  { pattern: /满意|^satisf/i, key: 'satisfaction' },
  { pattern: /成本|^cost/i, key: 'cost' },
];

/** What a unit may write for a grade, and the grade it means. */
export const GRADE_WORDS: readonly { readonly pattern: RegExp; readonly grade: '优' | '良' | '中' | '差' }[] = [
  { pattern: /^(优|优秀|excellent)$/i, grade: '优' },
  { pattern: /^(良|良好|good)$/i, grade: '良' },
  { pattern: /^(中|中等|一般|合格|fair)$/i, grade: '中' },
  { pattern: /^(差|较差|不合格|poor)$/i, grade: '差' },
];
