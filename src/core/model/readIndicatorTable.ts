import type { IndicatorTable } from '../detect';
import type { Flag } from '../report';
import { LEVEL1_CATEGORY, LEVEL2_CATEGORY, SCORE_LABELS, SPLIT_OPERATOR_WORDS, type IndicatorCategory, type ScoreCategory } from '../rules';
import { invalidCell, normalizeText, parseQuantity, type Quantity } from '../numbers';
import { isCellError } from '../snapshot';
import type { IndicatorRow, IndicatorTableModel, StatedCell } from './IndicatorRow';
import { parseErrorFlag, readNumber } from './readCells';
import { gradeBesideLabel, gradeInRow } from './readStatedScores';

/** 总分/合计 rows, 产出指标小计 rows and a 预算执行 row inside the block state scores; they are not indicators. */
const SUMMARY_ROW = /^(总分|合计|总计|得分合计|小计)$|小计$|合计$|^预算执行|^(评价)?(等次|等级|结果)$/;

/** The indicators of a table, their parsed target and actual, and the scores the table itself states. */
export function readIndicatorTable(table: IndicatorTable): IndicatorTableModel {
  const { grid, columns } = table;
  const rows: IndicatorRow[] = [];
  const scores: Partial<Record<ScoreCategory | 'total', StatedCell>> = {};
  let grade: StatedCell<string> | null = null;
  let level1 = '';
  let level2 = '';
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (grid.isBlankRow(r)) continue;
    const text = (col: number | undefined) => (col === undefined ? '' : grid.text(r, col));
    const ownLevel1 = text(columns.level1);
    if (ownLevel1 && ownLevel1 !== level1) level2 = '';
    level1 = ownLevel1 || level1;
    level2 = text(columns.level2) || level2;
    const name = columns.level3 === undefined ? text(columns.level2) : text(columns.level3);
    const summary = [name, text(columns.level2), ownLevel1].find((t) => SUMMARY_ROW.test(t.replace(/\s+/g, '')));
    if (summary !== undefined) {
      const rowGrade = readSummaryRow(table, r, summary, level1, scores) ?? gradeBesideLabel(grid, r);
      grade = grade ?? rowGrade;
      continue;
    }
    const flags: Flag[] = [];
    const weight = readNumber(grid, r, columns.weight, flags);
    const statedScore = readNumber(grid, r, columns.score, flags);
    if (!name && !text(columns.target) && !text(columns.actual) && weight === null) continue;
    rows.push({
      level1,
      level2,
      name: name || level2,
      nameCell: grid.address(r, columns.level3 ?? columns.level2 ?? grid.firstCol),
      category: categoryOf(level1, level2),
      target: readValue(table, r, 'target', flags),
      targetText: valueText(table, r, 'target'),
      targetCell: grid.address(r, columns.target ?? grid.firstCol),
      actual: readValue(table, r, 'actual', flags),
      actualText: valueText(table, r, 'actual'),
      actualCell: grid.address(r, columns.actual ?? grid.firstCol),
      weight,
      weightCell: grid.address(r, columns.weight ?? grid.firstCol),
      statedScore,
      scoreCell: grid.address(r, columns.score ?? grid.firstCol),
      reason: text(columns.reason),
      reasonCell: grid.address(r, columns.reason ?? columns.actual ?? grid.firstCol),
      flags,
    });
  }
  return {
    rows,
    stated: { scores, grade },
    weightHeaderCell: grid.address(table.headerRow, columns.weight ?? grid.firstCol),
  };
}

/**
 * A 总分 row states the total; 产出指标小计 its category; a 预算执行 row the budget-execution score; a
 * 评价等次 row the grade, which it returns.
 */
function readSummaryRow(
  table: IndicatorTable,
  row: number,
  label: string,
  level1: string,
  scores: Partial<Record<ScoreCategory | 'total', StatedCell>>,
): StatedCell<string> | null {
  const compact = label.replace(/\s+/g, '');
  const named = SCORE_LABELS.find((l) => l.pattern.test(compact));
  if (named?.key === 'grade') return gradeInRow(table.grid, row);
  const col = table.columns.score;
  const value = readNumber(table.grid, row, col, []);
  if (value === null || col === undefined) return null;
  const key = named ? named.key : categoryOf(level1, '');
  if (key && scores[key] === undefined) scores[key] = { value, cell: table.grid.address(row, col) };
  return null;
}

/** A target or actual, from its one cell or from its split sub-columns read as one (`≥` `95` `%` is `≥95%`). */
function readValue(table: IndicatorTable, row: number, field: 'target' | 'actual', flags: Flag[]): Quantity {
  const split = table.splits[field];
  if (!split) return readQuantity(table, row, table.columns[field], flags);
  const value = readQuantity(table, row, split.value, flags);
  if (value.kind === 'empty' || flags.some((f) => f.cell === table.grid.address(row, split.value))) return value;
  return parseQuantity(valueText(table, row, field));
}

/** What the value says, as a person reads it across the sub-columns; 定性 leaves the words alone. */
function valueText(table: IndicatorTable, row: number, field: 'target' | 'actual'): string {
  const { grid } = table;
  const split = table.splits[field];
  if (!split) return table.columns[field] === undefined ? '' : grid.text(row, table.columns[field]);
  const part = (col: number | undefined) => (col === undefined ? '' : normalizeText(grid.text(row, col)));
  const sign = part(split.operator);
  const operator = SPLIT_OPERATOR_WORDS.find((w) => w.word === sign)?.operator ?? sign;
  const value = valueShown(grid, row, split.value);
  if (value === '') return '';
  const unit = part(split.unit);
  return operator + value + (value.endsWith(unit) ? '' : unit);
}

/** A number as its format shows it (0.95 in a `0%` cell is `95%`), a text as typed. */
function valueShown(grid: IndicatorTable['grid'], row: number, col: number): string {
  const quantity = parseQuantity(grid.raw(row, col), grid.format(row, col));
  return quantity.kind === 'quantity' && typeof grid.raw(row, col) === 'number' ? quantity.text : normalizeText(grid.text(row, col));
}

/** A target or actual; an Excel error there (`#N/A`) is a parse-error and reads as empty, never as words. */
function readQuantity(table: IndicatorTable, row: number, col: number | undefined, flags: Flag[]): Quantity {
  if (col === undefined) return NO_QUANTITY;
  const raw = table.grid.raw(row, col);
  if (isCellError(raw)) {
    flags.push(parseErrorFlag(table.grid, row, col, invalidCell(raw)));
    return NO_QUANTITY;
  }
  return parseQuantity(raw, table.grid.format(row, col));
}

const NO_QUANTITY: Quantity = { kind: 'empty' };

export function categoryOf(level1: string, level2: string): IndicatorCategory | null {
  const fromLevel1 = LEVEL1_CATEGORY.find((w) => w.pattern.test(level1));
  if (fromLevel1) return fromLevel1.category;
  const fromLevel2 = LEVEL2_CATEGORY.find((w) => w.pattern.test(level2));
  return fromLevel2 ? fromLevel2.category : null;
}
