import * as fs from 'node:fs';
import * as path from 'node:path';
import { cellText, FORMATS, formatAmount, formatPercent, percentPoints, type SheetCell } from '../../../src/core';

describe('cellText', () => {
  it.each<[SheetCell['value'], string | undefined, string]>([
    [null, FORMATS.amount, ''],
    ['=1+1', FORMATS.text, '=1+1'],
    [1526.71, FORMATS.amount, '1,526.71'],
    [1234567.005, FORMATS.amount, '1,234,567.01'],
    [-312.69, FORMATS.amount, '-312.69'],
    [-0.001, FORMATS.amount, '0.00'],
    [0.52, FORMATS.rate, '52.00%'],
    [0.99135, FORMATS.rate, '99.14%'],
    [0.9, FORMATS.wholePercent, '90%'],
    [2.675, FORMATS.score, '2.68'],
    [10, FORMATS.score, '10.00'],
    [0.1 + 0.2, 'General', '0.3'],
    [100, undefined, '100'],
  ])('%p in %p → %p', (value, format, text) => {
    expect(cellText(format === undefined ? { value } : { value, format })).toBe(text);
  });
});

describe('the other formats', () => {
  it.each<[number, number, string]>([
    [1_526_710_000, 10_000, '1,526.71'],
    [30_000, 10_000, '0.03'],
    [-12345678, 1, '-123,456.78'],
  ])('%i 分 in a unit of %i 元 (万元: 10 000) is %s', (fen, unitFactor, text) => {
    expect(formatAmount(fen, unitFactor)).toBe(text);
  });

  it.each<[number, string, string]>([
    [0.9, '90', '90%'],
    [0.925, '92.5', '92.5%'],
    [1.3, '130', '130%'],
  ])('%p is %s points, %s', (fraction, points, percent) => {
    expect([percentPoints(fraction), formatPercent(fraction)]).toEqual([points, percent]);
  });
});

/** The shells' source files, where no number is formatted (core/view formats every one). */
function shellSources(): string[] {
  const root = path.resolve(__dirname, '../../../src');
  return ['taskpane', 'cli', 'excel', 'xlsx'].flatMap((dir) =>
    fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(root, dir, f)),
  );
}

describe('no shell formats a number of its own', () => {
  it.each([
    ['toFixed', /\.toFixed\(/],
    ['Intl.NumberFormat', /Intl\.NumberFormat/],
    ['toLocaleString', /\.toLocaleString\(/],
    ['a percent sign after a number', /\}%`|\) \+ '%'|\+ '%'/],
  ])('%s', (_, pattern) => {
    const found = shellSources().filter((file) => pattern.test(fs.readFileSync(file, 'utf8')));
    expect(found.map((file) => path.relative(path.resolve(__dirname, '../../..'), file))).toEqual([]);
  });
});
