import type { RuleSetId } from './settings';

/**
 * The words that begin a form (SCORING.md "One workbook, several forms": "A form begins at its title
 * (`项目支出绩效自评表`) or its 项目名称 row and ends where the next form's begins").
 */

/** A form's title; the rule set it asks for when the user chose none (DESIGN.md, the JSON report). */
export const FORM_TITLES: readonly { readonly pattern: RegExp; readonly ruleSet: RuleSetId }[] = [
  // 财预〔2020〕10号's 项目支出绩效自评表, and provinces' names for it.
  { pattern: /项目(支出)?绩效(自评|自我评价)表/, ruleSet: 'mof-2020' },
  { pattern: /(部门|单位)(整体)?(支出)?绩效(自评|自我评价)表|整体支出绩效(自评|自我评价)表/, ruleSet: 'dept-2024' },
];

/** A title is a short line: a paragraph that mentions a form is not one. */
export const MAX_TITLE_LENGTH = 40;

/** The label of the row that names the form's project, and of the rows that name the unit instead. */
export const PROJECT_LABEL = /^项目名称[:：]?$/;
export const UNIT_LABEL = /^(部门|单位|预算单位|主管部门)(名称)?[:：]?$/;

/** The rule set when neither the user nor a form's title chose one. */
export const FALLBACK_RULE_SET: RuleSetId = 'dept-2024';

/** The official form's total fund row, whose 执行率 is the form's own (SCORING.md "Totals and their parts"). */
export const FORM_FUND_TOTAL = /^(年度资金总额|资金总额|全年资金总额|项目资金总额)$/;
