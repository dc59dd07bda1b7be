import type { Language } from '../messages';
import { joinList, sayIn } from './say';

/** What the workbook holds after a failed run, by output sheet name, as read again after the failure. */
export interface ReplaceOutcome {
  /** Holding this run's results. */
  readonly updated: string[];
  /** Still holding the previous run's results (or none, on a first run, when listed under missing). */
  readonly kept: string[];
  /** Not under their names at all for now: between two renames, or never written. */
  readonly missing: string[];
  /** Working sheets left (`~自评_…`, `~旧自评_…`): the next run deletes them. */
  readonly leftovers: string[];
}

/**
 * A run that did not finish, and what it left: the message is worded from what was verified after the
 * failure, never from what should have happened. `detail` is the host's own words (Excel's code and text),
 * kept for whoever looks into it.
 */
export class OutputReplaceError extends Error {
  constructor(
    cause: unknown,
    readonly outcome: ReplaceOutcome | null,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'OutputReplaceError';
  }

  messageIn(lang: Language, detail: string): string {
    const say = sayIn(lang);
    const { outcome } = this;
    if (outcome === null) return say('output.failed.unknown', { detail });
    const parts = [say('output.failed', { detail })];
    const list = (names: readonly string[]) => joinList(say, names.map((name) => say('output.failed.sheet', { name })), 'item');
    const unchanged = outcome.updated.length === 0 && outcome.missing.length === 0;
    if (unchanged) parts.push(say(outcome.kept.length > 0 ? 'output.failed.allKept' : 'output.failed.nothingWritten'));
    else {
      if (outcome.updated.length > 0) parts.push(say('output.failed.updated', { list: list(outcome.updated) }));
      if (outcome.kept.length > 0) parts.push(say('output.failed.kept', { list: list(outcome.kept) }));
      if (outcome.missing.length > 0) parts.push(say('output.failed.missing', { list: list(outcome.missing) }));
      parts.push(say('output.failed.again'));
    }
    if (outcome.leftovers.length > 0) parts.push(say('output.failed.leftovers', { list: list(outcome.leftovers) }));
    return parts.join('');
  }
}
