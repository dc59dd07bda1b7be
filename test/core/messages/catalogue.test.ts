import { catalogue, formatMessage, languageFor, LANGUAGES, type MessageKey } from '../../../src/core/messages';

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const keys = Object.keys(catalogue['zh-CN']) as MessageKey[];

describe('the message catalogue: zh-CN first, English second, one key set', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(catalogue.en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s is filled in both languages with the same {placeholders}', (key) => {
    const zh = catalogue['zh-CN'][key];
    const en = catalogue.en[key];
    expect(zh.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(en)).toEqual(placeholders(zh));
  });

  it.each(keys)('%s has balanced braces', (key) => {
    for (const lang of LANGUAGES) {
      const template = catalogue[lang][key];
      expect(template.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
    }
  });

  it('has a sentence for every flag code the engine raises', () => {
    for (const key of [
      'zero-execution', 'low-execution', 'over-execution', 'rate-mismatch', 'sum-mismatch.budget.info', 'sum-mismatch.budget.error',
      'sum-mismatch.actual.info', 'sum-mismatch.actual.error', 'score-mismatch.budget', 'score-mismatch.indicator', 'grade-mismatch',
      'weight-mismatch', 'target-too-low', 'indicator-unmet', 'missing-deviation-reason', 'missing-value.unit', 'parse-error.number',
      'parse-error.excelError', 'parse-error.unitMismatch', 'parse-error.dateMismatch', 'table-not-found.budget', 'table-not-found.indicators',
    ]) {
      expect(keys).toContain(key);
    }
  });
});

describe('formatMessage', () => {
  it.each<[string, MessageKey, Record<string, string | number>, string, string]>([
    ['fills every placeholder', 'low-execution', { name: '办公费', rate: '52.0%', threshold: '90%' }, '“办公费”执行率 52.0%，低于 90%', '"办公费": execution rate 52.0%, below 90%'],
    ['fills numbers', 'weight-mismatch', { budgetWeight: 10, indicatorWeight: 70, sum: 80 },
      '预算执行 10 分与各指标分值合计 70 分，共 80 分而非 100 分，总分已按百分制折算',
      'budget execution (10) plus the indicator weights (70) make 80, not 100; the total is scaled to 100'],
    ['fills a shell sentence', 'summary.totalAndGrade', { total: 96.63, grade: '优' }, '96.63，优', '96.63, 优'],
  ])('%s', (_, key, params, zh, en) => {
    expect(formatMessage(key, params, 'zh-CN')).toBe(zh);
    expect(formatMessage(key, params, 'en')).toBe(en);
  });
});

describe('languageFor', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['ZH-TW', 'zh-CN'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('%p → %s', (tag, lang) => {
    expect(languageFor(tag)).toBe(lang);
  });
});
