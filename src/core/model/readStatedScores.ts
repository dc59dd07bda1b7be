import type { ScoresTable } from '../detect';
import type { SheetGrid } from '../snapshot';
import { GRADE_WORDS, SCORE_LABELS, type ScoreCategory } from '../rules';
import type { StatedCell, StatedScoreCells } from './IndicatorRow';
import { isPlausible, readNumber } from './readCells';

type ScoreCells = Partial<Record<ScoreCategory | 'total', StatedCell>>;

/** A 评价内容 | 分值 | 自评得分 block: one stated score per category, the total and the grade. */
export function readScoresTable(table: ScoresTable): StatedScoreCells {
  const { grid, columns } = table;
  const scores: ScoreCells = {};
  let grade: StatedCell<string> | null = null;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const label = grid.text(r, columns.label ?? grid.firstCol).replace(/\s+/g, '');
    const key = SCORE_LABELS.find((l) => l.pattern.test(label))?.key;
    if (!key) continue;
    if (key === 'grade') {
      grade = grade ?? gradeInRow(grid, r);
      continue;
    }
    const value = readNumber(grid, r, columns.score, []);
    if (value !== null && columns.score !== undefined && !scores[key]) {
      scores[key] = { value, cell: grid.address(r, columns.score) };
    }
  }
  return { scores, grade };
}

const LABEL_TOTAL = /^(自评)?(总分|总得分|综合得分)[:：]?$/;
const LABEL_GRADE = /^(评价|自评)?(等次|等级|结果)[:：]?$/;

/**
 * `总分 | 96` and `评价等次 | 优` written anywhere outside the tables' bodies (the foot of a 自评表 form):
 * a label cell and the score or grade to its right.
 */
export function scanStatedLabels(grid: SheetGrid, skip: readonly { firstRow: number; lastRow: number }[] = []): StatedScoreCells {
  const scores: ScoreCells = {};
  let grade: StatedCell<string> | null = null;
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    const inside = skip.find((t) => r >= t.firstRow && r <= t.lastRow);
    if (inside) {
      r = inside.lastRow;
      continue;
    }
    for (let c = grid.firstCol; c <= grid.lastCol; c++) {
      const v = grid.raw(r, c);
      if (typeof v !== 'string' || v.length > 8) continue;
      const label = v.replace(/\s+/g, '');
      if (LABEL_TOTAL.test(label) && !scores.total) {
        const score = lastNumberRightOf(grid, r, c);
        if (score !== null) scores.total = { value: grid.raw(r, score) as number, cell: grid.address(r, score) };
      } else if (LABEL_GRADE.test(label) && !grade) {
        grade = gradeInRow(grid, r, c + 1);
      }
    }
  }
  return { scores, grade };
}

/**
 * `总分 | 100 | 96`: the 分值 comes before the 得分, so the score is the last number right of the label; a
 * number that is not plausible (NaN, or beyond isPlausible) is no score.
 */
function lastNumberRightOf(grid: SheetGrid, row: number, col: number): number | null {
  let found: number | null = null;
  for (let c = col + 1; c <= grid.lastCol; c++) {
    const v = grid.raw(row, c);
    if (typeof v === 'number' && isPlausible(v)) found = c;
    else if (typeof v === 'string' && LABEL_GRADE.test(v.replace(/\s+/g, ''))) break;
  }
  return found;
}

/** A grade written beside a 评价等次 label anywhere in the row (the foot of a 自评表's 总分 row). */
export function gradeBesideLabel(grid: SheetGrid, row: number): StatedCell<string> | null {
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const v = grid.raw(row, c);
    if (typeof v === 'string' && LABEL_GRADE.test(v.replace(/\s+/g, ''))) return gradeInRow(grid, row, c + 1);
  }
  return null;
}

/** The first cell of the row, from `fromCol`, that reads as a grade (优, 良好, …). */
export function gradeInRow(grid: SheetGrid, row: number, fromCol = grid.firstCol): StatedCell<string> | null {
  for (let c = fromCol; c <= grid.lastCol; c++) {
    const text = grid.text(row, c).replace(/\s+/g, '');
    if (GRADE_WORDS.some((g) => g.pattern.test(text))) return { value: text, cell: grid.address(row, c) };
  }
  return null;
}
