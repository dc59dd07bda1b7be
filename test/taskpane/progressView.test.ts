import { formatMessage } from '../../src/core';
import { progressView } from '../../src/taskpane/progressView';
import type { RecalcProgress } from '../../src/excel';

describe('progressView: the progress bar’s label and value', () => {
  it.each<[RecalcProgress, string, string, number]>([
    [{ step: 'read', done: 0, total: 1 }, '正在读取…', 'Reading…', 0],
    [{ step: 'read', done: 2, total: 4 }, '正在读取 2/4…', 'Reading 2/4…', 0.15],
    [{ step: 'evaluate', done: 0, total: 1 }, '正在计算…', 'Calculating…', 0.3],
    [{ step: 'write', done: 0, total: 5 }, '正在写入 0/5…', 'Writing 0/5…', 0.4],
    [{ step: 'write', done: 3, total: 12 }, '正在写入 3/12…', 'Writing 3/12…', 0.55],
    [{ step: 'write', done: 5, total: 5 }, '正在写入 5/5…', 'Writing 5/5…', 1],
    [{ step: 'write', done: 0, total: 0 }, '正在写入…', 'Writing…', 0.4],
  ])('%p', (progress, zh, en, value) => {
    const view = progressView(progress);
    expect(formatMessage(view.key, view.params, 'zh-CN')).toBe(zh);
    expect(formatMessage(view.key, view.params, 'en')).toBe(en);
    expect(view.value).toBeCloseTo(value, 10);
  });
});
