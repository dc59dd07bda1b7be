import type { SheetGrid } from '../snapshot';
import { normalizeText } from '../numbers';
import { FORM_TITLES, HEADER_WORD, MAX_TITLE_LENGTH, PROJECT_LABEL, UNIT_LABEL, type RuleSetId } from '../rules';

/** What begins a form: its title row, its 项目名称 row, and the rule set its title asks for. */
export interface FormHead {
  readonly title: string | null;
  /** 项目名称, or failing that the 部门/单位名称 the form names. */
  readonly project: string | null;
  /** From the title; null when the title names none (a form that begins at its 项目名称 row). */
  readonly ruleSet: RuleSetId | null;
}

type MutableHead = { -readonly [K in keyof FormHead]: FormHead[K] };

/** A band of a sheet's rows: one form, or the rows outside every form (plain tables, `form` null). */
export interface FormBand {
  readonly grid: SheetGrid;
  readonly form: FormHead | null;
}

/** A 项目名称 row this close under a title names that title's form rather than beginning another. */
const HEAD_ROWS = 4;

/**
 * A sheet cut into its forms (SCORING.md "One workbook, several forms": a form begins at its title or its
 * 项目名称 row and ends where the next form's begins). Rows above the first form, or a sheet without one,
 * are one band of plain tables.
 */
export function splitForms(grid: SheetGrid): FormBand[] {
  const starts: { row: number; head: MutableHead; projectFrom: 'project' | 'unit' | null }[] = [];
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    // Three distinct texts are enough to tell a title (one or two) or a label and its value (the first two).
    const texts = rowTexts(grid, r, 3);
    const title = formTitle(texts);
    const last = starts[starts.length - 1];
    const nearLast = last !== undefined && r - last.row <= HEAD_ROWS;
    if (title) {
      starts.push({ row: r, head: { title: title.text, project: null, ruleSet: title.ruleSet }, projectFrom: null });
      continue;
    }
    const named = namedValue(texts);
    if (!named) continue;
    const from = named.isProject ? 'project' : 'unit';
    if (nearLast && last.projectFrom !== 'project' && (from === 'project' || last.projectFrom === null)) {
      last.head.project = named.value;
      last.projectFrom = from;
    } else if (named.isProject && !nearLast) {
      starts.push({ row: r, head: { title: null, project: named.value, ruleSet: null }, projectFrom: 'project' });
    }
  }
  if (starts.length === 0) return [{ grid, form: null }];
  const bands: FormBand[] = [];
  if (starts[0].row > grid.firstRow && !allBlank(grid, grid.firstRow, starts[0].row - 1)) {
    bands.push({ grid: grid.band(grid.firstRow, starts[0].row - 1), form: null });
  }
  starts.forEach((start, i) => {
    const last = i + 1 < starts.length ? starts[i + 1].row - 1 : grid.lastRow;
    bands.push({ grid: grid.band(start.row, last), form: start.head });
  });
  return bands;
}

/** A short title alone on its row (merged across, or typed once). */
function formTitle(texts: readonly string[]): { text: string; ruleSet: RuleSetId } | null {
  if (texts.length === 0 || texts.length > 2) return null;
  for (const text of texts) {
    const compact = text.replace(/\s+/g, '');
    if (compact.length > MAX_TITLE_LENGTH) continue;
    const found = FORM_TITLES.find((t) => t.pattern.test(compact));
    if (found) return { text, ruleSet: found.ruleSet };
  }
  return null;
}

/**
 * `项目名称 | 某某专项资金`: a label and the text beside it. A table's header row (`项目名称 | 全年预算数 | …`)
 * is not one: what stands beside the label there is another header word.
 */
function namedValue(texts: readonly string[]): { value: string; isProject: boolean } | null {
  if (texts.length < 2) return null;
  const label = texts[0].replace(/\s+/g, '');
  const isProject = PROJECT_LABEL.test(label);
  if (!isProject && !UNIT_LABEL.test(label)) return null;
  const value = texts[1];
  if (HEADER_WORD.test(value) && value.length <= 12) return null;
  return { value, isProject };
}

/** The first `limit` distinct texts of a row, left to right, as a person reads them (a merged cell once). */
function rowTexts(grid: SheetGrid, row: number, limit: number): string[] {
  const texts: string[] = [];
  for (let c = grid.firstCol; c <= grid.lastCol && texts.length < limit; c++) {
    const v = grid.value(row, c);
    if (typeof v !== 'string') continue;
    const text = normalizeText(v);
    if (text !== '' && !texts.includes(text)) texts.push(text);
  }
  return texts;
}

function allBlank(grid: SheetGrid, first: number, last: number): boolean {
  for (let r = first; r <= last; r++) if (!grid.isBlankRow(r)) return false;
  return true;
}
