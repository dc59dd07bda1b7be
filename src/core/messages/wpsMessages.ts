/**
 * The WPS 加载项's own words (src/wps), Chinese first and English second: its ribbon button, written into
 * ribbon.xml at build time (webpack.wps.config.js), and what the WPS session says when WPS refuses a call.
 * This file imports nothing, so that the build can read it on its own.
 */
export const wpsZh = {
  'wps.ribbon.group': '绩效自评',
  'wps.ribbon.button': '绩效自评',
  'wps.ribbon.tip': '打开绩效自评助手：计算执行率、得分和等次，并指出有问题的单元格',
  'wps.pane.title': '绩效自评助手',
  'wps.notInWps.title': '请在 WPS 表格中打开',
  'wps.notInWps.body': '这是 WPS 加载项“绩效自评助手”的任务窗格，需要在 WPS 表格中点击“开始”选项卡上的“绩效自评”按钮打开。',
  'wps.noWorkbook': '没有打开的工作簿。请先在 WPS 表格中打开要检查的工作簿，再点击“重新计算”',
  'wps.sheetMissing': '找不到工作表“{sheet}”：它可能已被删除或改名。请点击“重新计算”后再试',
  'wps.failed': 'WPS 表格未能完成操作（{detail}）。可以再试一次',
};

export const wpsEn: Record<keyof typeof wpsZh, string> = {
  'wps.ribbon.group': 'Self-evaluation',
  'wps.ribbon.button': '绩效自评',
  'wps.ribbon.tip': 'Open 绩效自评助手: execution rates, scores and the grade, with every problem pointed out by its cell',
  'wps.pane.title': '绩效自评助手',
  'wps.notInWps.title': 'Open this in WPS Spreadsheets',
  'wps.notInWps.body': 'This is the task pane of the WPS add-in 绩效自评助手; open it in WPS Spreadsheets with the 绩效自评 button on the Home tab.',
  'wps.noWorkbook': 'No workbook is open. Open the workbook to check in WPS Spreadsheets, then click Recalculate',
  'wps.sheetMissing': 'The sheet "{sheet}" is not in the workbook any more (deleted or renamed?). Click Recalculate and try again',
  'wps.failed': 'WPS Spreadsheets could not finish ({detail}). You can try again',
};
