/**
 * Words for a workbook of several forms (SCORING.md "One workbook, several forms"): how a form is named in
 * the result sheets, the CLI summary and the pane's picker, and what is said when none is found.
 */
export const formsZh = {
  'forms.place': '{sheet}!{range}',
  'forms.heading': '表 {n}：{name}（{place}）',
  'forms.list': '本工作簿中的表（共 {count} 张，各自单独评分）',
  'forms.col.number': '序号',
  'forms.col.total': '总分（自评）',
  'forms.col.grade': '等次（自评）',
  'forms.col.place': '位置',
  'forms.col.ruleSet': '评分规则',
  'forms.col.name': '名称与问题',
  'forms.withStated': '{computed}（{stated}）',
  'forms.nameWithIssues': '{name}：错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项',
  'forms.summaryLine': '{n}. {name}（{place}）：总分 {total}（自评 {stated}），等次 {grade}（自评 {statedGrade}）；错误 {errors}，警告 {warnings}，提示 {infos}',
  'forms.summaryHeading': '本工作簿共 {count} 张表，各自单独评分：',
  'forms.none':
    '没有找到可评分的表：已在每个工作表中查找预算执行表（表头含“全年预算数”“全年执行数”等）、绩效指标表（表头含“年度指标值”“实际完成值”等）和绩效自评表。没有计算得分和等次。',
  'forms.noneWritten': '没有可评分的表，未写入结果工作簿 {path}',
};

export const formsEn: Record<keyof typeof formsZh, string> = {
  'forms.place': '{sheet}!{range}',
  'forms.heading': 'Form {n}: {name} ({place})',
  'forms.list': 'The forms in this workbook ({count}, each scored on its own)',
  'forms.col.number': 'No.',
  'forms.col.total': 'Total (stated)',
  'forms.col.grade': 'Grade (stated)',
  'forms.col.place': 'Where',
  'forms.col.ruleSet': 'Rule set',
  'forms.col.name': 'Name and findings',
  'forms.withStated': '{computed} ({stated})',
  'forms.nameWithIssues': '{name}: {errors} errors, {warnings} warnings, {infos} notes',
  'forms.summaryLine': '{n}. {name} ({place}): total {total} (stated {stated}), grade {grade} (stated {statedGrade}); {errors} errors, {warnings} warnings, {infos} notes',
  'forms.summaryHeading': 'This workbook holds {count} forms, each scored on its own:',
  'forms.none':
    'No table to score was found: every sheet was searched for a budget-execution table (headers such as 全年预算数, 全年执行数), an indicator table (年度指标值, 实际完成值) and a 绩效自评表 form. No score or grade was computed.',
  'forms.noneWritten': 'Nothing to score, so no result workbook was written to {path}',
};
