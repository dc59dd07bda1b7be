import { formatMessage, type Language } from '../messages';
import { formatFlag, groupFlags, type Flag, type FlagCode, type Severity } from '../report';
import { cellPlace, type CellPlace } from './cellPlace';

/** One flag as every shell shows it: its words, and the place it names as data, spelt out only where shown. */
export interface FlagLine {
  readonly code: FlagCode;
  readonly severity: Severity;
  /** What kind of problem, in a few words (`执行率为 0`): the 总览's 问题 column. */
  readonly label: string;
  /** The sentence alone (`“增人增资专项资金”执行率 0%`). */
  readonly message: string;
  /** The sentence led by its cell, as one line of text (the CLI's summary, a flag that names no cell on a sheet). */
  readonly text: string;
  /** The cell or block the reviewer must look at, when it is one on a sheet: what a shell selects or links to. */
  readonly place: CellPlace | null;
  /** The reference as the workbook spells it (`预算执行表!E12`), or null when the flag names none. */
  readonly cell: string | null;
}

export interface FlagSection {
  readonly severity: Severity;
  /** Every flag of this severity, however many are shown. */
  readonly count: number;
  readonly lines: readonly FlagLine[];
  /** Flags past the limit asked for, counted rather than worded. */
  readonly more: number;
}

/**
 * The flags by severity, errors first (a severity without flags left out), each worded and placed once;
 * with `limit`, at most that many of each severity, the rest counted (a summary read in a terminal).
 */
export function flagView(flags: readonly Flag[], lang: Language, limit = Infinity): FlagSection[] {
  return groupFlags(flags).map(({ severity, flags: group }) => {
    const shown = group.slice(0, limit);
    return { severity, count: group.length, lines: shown.map((flag) => flagLine(flag, lang)), more: group.length - shown.length };
  });
}

/** Flags of one severity the CLI's summary words before it counts the rest: a screen or two, not 7 000 lines. */
export const SUMMARY_FLAG_LIMIT = 50;

export function flagLine(flag: Flag, lang: Language): FlagLine {
  const message = formatMessage(flag.key, flag.params, lang);
  return {
    code: flag.code,
    severity: flag.severity,
    label: formatMessage(`flagLabel.${flag.code}`, {}, lang),
    message,
    text: formatFlag(flag, lang, message),
    place: cellPlace(flag.cell),
    cell: flag.cell,
  };
}
