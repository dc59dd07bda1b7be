/**
 * DESIGN.md "Reading the tables": numbers arrive as numbers, as text (`1,526.71`, `１，５２６．７１`, `(1,234.00)`,
 * `52%`, `约9.4万`), as formulas with cached results, or as Excel errors (`#DIV/0!`). Anything that is not a
 * number where one is needed is a `parse-error` naming the cell, and the amount is null, never 0.
 */
import { excelError, fmt, formula, line, workbookFolder, type CellInput } from './workbooks';

const folder = workbookFolder();

function budgetSheet(actual: CellInput, rate: CellInput = null, extraLines: readonly (readonly CellInput[])[] = []) {
  return {
    name: '项目支出',
    rows: [
      ['2024年度项目支出预算执行情况表'],
      [null, null, null, '单位：元'],
      ['项目名称', '全年预算数', '全年执行数', '执行率'],
      ['医疗保障能力建设经费', 2000, actual, rate],
      ...extraLines,
    ],
    merges: ['A1:D1'],
  };
}

describe('amount cells', () => {
  it.each([
    { form: 'a number', cell: 1526.71, actual: 1526.71, rate: 0.763355 },
    { form: 'a number shown as #,##0.00', cell: fmt(1526.71, '#,##0.00'), actual: 1526.71, rate: 0.763355 },
    { form: 'text with a thousands separator', cell: '1,526.71', actual: 1526.71, rate: 0.763355 },
    { form: 'full-width text', cell: '１，５２６．７１', actual: 1526.71, rate: 0.763355 },
    { form: 'full-width digits without a separator', cell: '９.３７', actual: 9.37, rate: 0.004685 },
    { form: 'an accounting negative in brackets', cell: '(1,234.00)', actual: -1234, rate: -0.617 },
    { form: 'a formula with its cached result', cell: formula('SUM(E4:F4)', 1526.71), actual: 1526.71, rate: 0.763355 },
  ])('reads $form as its value in 元', async ({ cell, actual, rate }) => {
    const { report } = await folder.evaluate([budgetSheet(cell)]);

    expect(line(report, '医疗保障能力建设经费')).toMatchObject({ budget: 2000, actual, rate, cell: '项目支出!A4' });
    expect(report.flags.filter((f) => f.code === 'parse-error')).toEqual([]);
  });

  it.each([
    {
      form: 'the Excel error #DIV/0!',
      cell: excelError('#DIV/0!'),
      message: '项目支出!C4：单元格是 Excel 错误值 #DIV/0!，不是数字',
    },
    {
      form: 'a formula whose cached result is #DIV/0!',
      cell: formula('E4/0', excelError('#DIV/0!')),
      message: '项目支出!C4：单元格是 Excel 错误值 #DIV/0!，不是数字',
    },
    { form: 'words around a number (约9.4万)', cell: '约9.4万', message: '项目支出!C4：“约9.4万”不是数字' },
  ])('flags $form as a parse-error naming the cell, and reads the amount as null, never 0', async ({ cell, message }) => {
    const { report } = await folder.evaluate([budgetSheet(cell, null, [['办公场地租赁费', 500, 500]])]);

    expect(line(report, '医疗保障能力建设经费')).toMatchObject({ budget: 2000, actual: null, rate: null, flags: ['parse-error'] });
    const errors = report.flags.filter((f) => f.code === 'parse-error');
    expect(errors).toEqual([expect.objectContaining({ severity: 'error', cell: '项目支出!C4' })]);
    expect(errors[0].message).toBe(message);
    expect(report.flags.filter((f) => f.code === 'zero-execution' || (f.code === 'missing-value' && f.cell === '项目支出!C4'))).toEqual([]);
  });
});

describe('stated 执行率 cells', () => {
  it.each([
    { form: 'text 52%', cell: '52%', extra: [] },
    { form: 'the number 0.52 shown as 0%', cell: fmt(0.52, '0%'), extra: [] },
    { form: 'a formula =C4/B4 shown as 0.00%', cell: formula('C4/B4', 0.52, '0.00%'), extra: [] },
    // A column of plain numbers above 2 is in points: 52 means 52%, 100 means 100%.
    { form: 'a plain 52 in a column of points', cell: 52, extra: [['办公场地租赁费', 500, 500, 100]] },
  ])('reads $form as the fraction 0.52, agreeing with 1040 / 2000', async ({ cell, extra }) => {
    const { report } = await folder.evaluate([budgetSheet(1040, cell, extra)]);

    expect(line(report, '医疗保障能力建设经费')).toMatchObject({ rate: 0.52, statedRate: 0.52, flags: ['low-execution'] });
    expect(report.flags.filter((f) => f.code === 'rate-mismatch' || f.code === 'parse-error')).toEqual([]);
  });
});
