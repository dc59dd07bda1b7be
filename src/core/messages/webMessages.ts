/**
 * The offline web page's words (src/web), Chinese first and English second. The notice for a browser too old
 * for the page ('web.oldBrowser.*', 'web.noscript') is written into the page at build time (webpack.web.config.js),
 * because where it is shown the page's script does not run. This file imports nothing, so that the build can
 * read it on its own.
 */
export const webZh = {
  'web.title': '绩效自评助手（网页版）',
  'web.tagline': '在浏览器中完成部门整体支出绩效自评：文件只在这台电脑上处理，不上传，也不需要联网。',
  'web.oldBrowser.title': '这个浏览器无法运行绩效自评助手网页版',
  'web.oldBrowser.body':
    '请用 Microsoft Edge、Google Chrome、Firefox、360 安全浏览器（极速模式）、奇安信可信浏览器等较新的浏览器打开这个文件（右键 → 打开方式）。Internet Explorer 和旧版 Edge 不能运行本页面。',
  'web.noscript': '请启用 JavaScript 后重新打开这个页面。',
  'web.noWorker': '这个浏览器不允许页面启动后台计算（Web Worker），无法处理工作簿：{reason}。请换用较新的浏览器，或请信息中心放开此限制。',

  'web.pick.heading': '选择工作簿',
  'web.pick.body': '把 .xlsx 工作簿拖到这里，或点击下面的按钮选择。选一个文件：计算并查看它的自评结果；选多个文件或一个文件夹：生成审核汇总（财政局审核用）。',
  'web.pick.files': '选择工作簿…',
  'web.pick.folder': '选择文件夹…',
  'web.pick.drop': '松开鼠标即可打开',
  'web.pick.privacy': '文件不会离开这台电脑。',
  'web.pick.none': '所选内容中没有 .xlsx 工作簿。',
  'web.pick.another': '换一个文件',

  'web.file.opened': '已打开：{name}',
  'web.download.result': '下载结果工作簿',
  'web.download.resultHint': '下载的工作簿是原工作簿加上“自评_”结果工作表（以及在本页修改的设置），您自己的工作表原样保留。',
  'web.download.resultName': '{name}_自评结果.xlsx',
  'web.download.summary': '下载汇总工作簿',
  'web.download.summaryName': '绩效自评审核汇总.xlsx',
  'web.download.failed': '无法生成下载文件：{reason}',
  'web.recalculate.done': '计算完成。点击“下载结果工作簿”，保存带有“自评_”结果工作表的工作簿。',
  'web.flags.hint': '点击一条问题，查看它所在单元格那一行的数值。',
  'web.flags.show': '查看 {cell} 所在行：{message}',
  'web.cell.heading': '{sheet}!{cell}（第 {row} 行）',
  'web.cell.empty': '这一行没有数值。',
  'web.noWorkbook': '还没有打开工作簿。',
  'web.unexpected': '处理时出错：{reason}',

  'web.review.heading': '审核汇总（{files} 个文件，{forms} 张表）',
  'web.review.progress': '正在处理 {done}/{total}：{name}',
  'web.review.hint': '点击列标题排序。自评总分高于计算总分的行标为橙色；下载的汇总工作簿另有“问题清单”和“无法读取”两张表。',
  'web.review.unreadable': '无法读取的文件（{count}）',
  'web.review.sorted.ascending': '升序',
  'web.review.sorted.descending': '降序',
};

export const webEn: Record<keyof typeof webZh, string> = {
  'web.title': '绩效自评助手 (web page)',
  'web.tagline': 'The 部门整体支出绩效自评 in your browser: files are processed on this computer only, never uploaded, with no network needed.',
  'web.oldBrowser.title': 'This browser cannot run the 绩效自评助手 web page',
  'web.oldBrowser.body':
    'Open this file in a current browser (right-click → Open with): Microsoft Edge, Google Chrome, Firefox, or a 信创 browser in its Chromium mode. Internet Explorer and the old Edge cannot run this page.',
  'web.noscript': 'Turn on JavaScript and open this page again.',
  'web.noWorker': 'This browser does not let the page start background work (a Web Worker), so it cannot process workbooks: {reason}. Use a current browser, or ask IT to lift the restriction.',

  'web.pick.heading': 'Choose workbooks',
  'web.pick.body': 'Drop .xlsx workbooks here, or choose them with the buttons below. One file: evaluate it and see its results. Several files or a folder: a reviewer’s summary (for the 财政局).',
  'web.pick.files': 'Choose workbooks…',
  'web.pick.folder': 'Choose a folder…',
  'web.pick.drop': 'Drop to open',
  'web.pick.privacy': 'Your files never leave this computer.',
  'web.pick.none': 'There is no .xlsx workbook in what was chosen.',
  'web.pick.another': 'Open another file',

  'web.file.opened': 'Open: {name}',
  'web.download.result': 'Download the result workbook',
  'web.download.resultHint': 'The download is your workbook with the 自评_ result sheets added (and the settings changed on this page); your own sheets are kept as they were.',
  'web.download.resultName': '{name}_evaluated.xlsx',
  'web.download.summary': 'Download the summary workbook',
  'web.download.summaryName': 'review-summary.xlsx',
  'web.download.failed': 'The download could not be made: {reason}',
  'web.recalculate.done': 'Done. Click “Download the result workbook” to save the workbook with its 自评_ result sheets.',
  'web.flags.hint': 'Click a problem to see the values on its cell’s row.',
  'web.flags.show': 'Show the row of {cell}: {message}',
  'web.cell.heading': '{sheet}!{cell} (row {row})',
  'web.cell.empty': 'This row holds no values.',
  'web.noWorkbook': 'No workbook is open yet.',
  'web.unexpected': 'Something went wrong: {reason}',

  'web.review.heading': 'Reviewer’s summary ({files} files, {forms} forms)',
  'web.review.progress': 'Processing {done}/{total}: {name}',
  'web.review.hint': 'Click a column header to sort. Rows where the unit’s own total is above the computed one are marked orange; the downloaded summary also lists every problem and the files that could not be read.',
  'web.review.unreadable': 'Files that could not be read ({count})',
  'web.review.sorted.ascending': 'ascending',
  'web.review.sorted.descending': 'descending',
};
