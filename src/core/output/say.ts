import { sayIn, type Say } from '../messages';

export { sayIn, type Say };
import type { Fen } from '../report';


const SEPARATORS = { item: 'output.list.item', comma: 'output.list.comma', clause: 'output.list.clause' } as const;

/** Joins list items the way the language does: `、` between names, `，` between phrases, `；` between clauses. */
export function joinList(say: Say, items: readonly string[], between: keyof typeof SEPARATORS = 'clause'): string {
  return items.join(say(SEPARATORS[between]));
}

/** Items a sentence names before it says "and n more": a paragraph is read, not searched. */
export const LIST_LIMIT = 30;

/**
 * joinList of `items` as `show` words them, naming at most LIST_LIMIT and counting the rest (`……等 12 项` /
 * `and 12 more`). Only the items named are worded: a list of 20 000 lines costs thirty sentences.
 */
export function joinSome<T>(say: Say, items: readonly T[], show: (item: T) => string, between: keyof typeof SEPARATORS = 'clause'): string {
  const named = joinList(say, items.slice(0, LIST_LIMIT).map(show), between);
  return items.length <= LIST_LIMIT ? named : named + say('output.list.more', { count: items.length - LIST_LIMIT });
}

/** An amount in the workbook's own unit (万元 stays 万元): the number a cell holds, exact to the 分. */
export function amountIn(fen: Fen | null, unitFactor: number): number | null {
  return fen === null ? null : fen / (unitFactor * 100);
}
