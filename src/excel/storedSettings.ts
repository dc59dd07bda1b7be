import { RULE_SET_IDS, type CapBand, type ColumnMapping, type GradeBands, type RuleSetId, type Settings } from '../core';
import type { StoredSettings } from './WorkbookSession';

/** The workbook setting (workbook.settings) that holds the pane's settings and column corrections. */
export const SETTING_KEY = 'BudgetPerf.settings';

const VERSION = 1;

export const NO_STORED_SETTINGS: StoredSettings = { settings: {}, columns: {} };

/** What goes into the workbook: plain JSON with a version, so that a later release can read it. */
export function storedValue(stored: StoredSettings): { version: number; settings: Partial<Settings>; columns: ColumnMapping } {
  return { version: VERSION, settings: stored.settings, columns: stored.columns };
}

/**
 * The settings a workbook carries, read defensively: the file may have been edited by another release or
 * by hand, so every part that is not what it should be is left out and its default applies.
 */
export function parseStoredSettings(value: unknown): StoredSettings {
  if (!isRecord(value) || value.version !== VERSION) return NO_STORED_SETTINGS;
  return { settings: isRecord(value.settings) ? parseSettings(value.settings) : {}, columns: parseColumns(value.columns) };
}

function parseSettings(raw: Record<string, unknown>): Partial<Settings> {
  const out: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  if (isRuleSet(raw.ruleSet)) out.ruleSet = raw.ruleSet;
  if (isFraction(raw.lowExecutionThreshold)) out.lowExecutionThreshold = raw.lowExecutionThreshold;
  if (isNumberIn(raw.targetTooLowRatio, 1, 100)) out.targetTooLowRatio = raw.targetTooLowRatio;
  if (isNumberIn(raw.scoreTolerance, 0, 100)) out.scoreTolerance = raw.scoreTolerance;
  if (typeof raw.capEnabled === 'boolean') out.capEnabled = raw.capEnabled;
  if (Array.isArray(raw.capBands) && raw.capBands.every(isCapBand)) out.capBands = raw.capBands;
  if (isGradeBands(raw.gradeBands)) out.gradeBands = raw.gradeBands;
  return out;
}

function parseColumns(raw: unknown): ColumnMapping {
  if (!isRecord(raw)) return {};
  const out: Record<string, Record<string, string | null>> = {};
  for (const [table, fields] of Object.entries(raw)) {
    if (!isRecord(fields)) continue;
    const kept: Record<string, string | null> = {};
    for (const [field, column] of Object.entries(fields)) {
      if (column === null || (typeof column === 'string' && /^[A-Z]{1,3}$/.test(column))) kept[field] = column;
    }
    if (Object.keys(kept).length > 0) out[table] = kept;
  }
  return out;
}

function isRuleSet(value: unknown): value is RuleSetId {
  return RULE_SET_IDS.some((id) => id === value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumberIn(value: unknown, low: number, high: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= low && value <= high;
}

function isFraction(value: unknown): value is number {
  return isNumberIn(value, 0, 1);
}

function isCapBand(value: unknown): value is CapBand {
  return isRecord(value) && isFraction(value.fromRate) && isFraction(value.toRate) && isNumberIn(value.cap, 0, 100);
}

function isGradeBands(value: unknown): value is GradeBands {
  return isRecord(value) && isNumberIn(value.excellent, 0, 100) && isNumberIn(value.good, 0, 100) && isNumberIn(value.fair, 0, 100);
}
