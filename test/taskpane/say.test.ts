import { LANGUAGES, type TableField, type TableKind } from '../../src/core';
import { BUDGET_HEADER, INDICATOR_HEADER, SCORES_HEADER } from '../../src/core/rules';
import { fieldLabel, isMessageKey, sayIn } from '../../src/taskpane/say';

const FIELDS: [TableKind, readonly TableField[]][] = [
  ['budget', BUDGET_HEADER.fields.map((f) => f.field)],
  ['indicators', INDICATOR_HEADER.fields.map((f) => f.field)],
  ['scores', SCORES_HEADER.fields.map((f) => f.field)],
];

describe('the column picker’s field labels', () => {
  it.each(FIELDS)('every %s field has a label of its own in both languages', (kind, fields) => {
    for (const field of fields) {
      expect(isMessageKey(`pane.field.${kind}.${field}`)).toBe(true);
      for (const lang of LANGUAGES) expect(fieldLabel(sayIn(lang), kind, field)).not.toBe(field);
    }
  });

  it.each([
    ['zh-CN', 'budget', 'actual', '全年执行数'],
    ['en', 'budget', 'actual', 'Actual (全年执行数)'],
    ['zh-CN', 'indicators', 'reason', '偏差原因分析及改进措施'],
    ['zh-CN', 'scores', 'score', '自评得分'],
  ] as const)('%s %s.%s → %s', (lang, kind, field, label) => {
    expect(fieldLabel(sayIn(lang), kind, field)).toBe(label);
  });
});
