/** The settings' own words: their names, what is wrong with one given in a file, the note on the settings sheet. */
export const settingsZh = {
  'settings.ruleSet': '评分规则',
  'settings.capEnabled': '按执行率封顶',
  'settings.capBands': '封顶分档',
  'settings.gradeBands': '等次分数线',
  'settings.outOfRange': '设置“{name}”的值 {value} 超出范围：应在 {min} 到 {max} 之间',
  'settings.invalid.number': '设置“{name}”的值 {value} 不是数字',
  'settings.invalid.ruleSet': '设置“{name}”的值 {value} 不是已知的评分规则：可用 dept-2024、mof-2020 或 null（按表名自动选择）',
  'settings.invalid.boolean': '设置“{name}”的值 {value} 应为 true 或 false',
  'settings.invalid.capBands': '设置“{name}”的值 {value} 不是封顶分档：应为 {example}',
  'settings.invalid.gradeBands': '设置“{name}”的值 {value} 不是等次分数线：应为 {example}，且依次不减',
  'settings.unknown': '没有名为“{name}”的设置：可用的有 {known}',
  'settings.notAnObject': '设置文件应为一个 JSON 对象，例如 {example}',
  'settings.sheetNote': '绩效自评助手的设置（评分规则、阈值和列的更正），随工作簿保存：请勿修改此工作表',
} as const;

export const settingsEn: Record<keyof typeof settingsZh, string> = {
  'settings.ruleSet': 'rule set',
  'settings.capEnabled': 'cap by execution rate',
  'settings.capBands': 'cap bands',
  'settings.gradeBands': 'grade thresholds',
  'settings.outOfRange': 'the setting "{name}" is {value}, out of range: it must be between {min} and {max}',
  'settings.invalid.number': 'the setting "{name}" is {value}, not a number',
  'settings.invalid.ruleSet': 'the setting "{name}" is {value}, not a known rule set: use dept-2024, mof-2020 or null (chosen by each form’s title)',
  'settings.invalid.boolean': 'the setting "{name}" is {value}: it must be true or false',
  'settings.invalid.capBands': 'the setting "{name}" is {value}, not a list of cap bands such as {example}',
  'settings.invalid.gradeBands': 'the setting "{name}" is {value}, not grade thresholds such as {example}, in rising order',
  'settings.unknown': 'there is no setting called "{name}": the settings are {known}',
  'settings.notAnObject': 'a settings file holds one JSON object, such as {example}',
  'settings.sheetNote': 'The settings of the self-evaluation assistant (rule set, thresholds, column corrections), kept with the workbook: do not edit this sheet',
};
