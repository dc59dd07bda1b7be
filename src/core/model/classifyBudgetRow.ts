import { CATEGORY_ROW, LINE_CATEGORY_WORDS, ORDER_LEVELS, ORDER_MARK, PARTS_MARK, TOTAL_ROW } from '../rules';
import type { LineCategory } from '../report';

export interface RowName {
  /** The name as shown, without order marks (一、 1.) or 其中：. */
  readonly name: string;
  /** 其中：… or an indented name: a part of the line above. */
  readonly opensParts: boolean;
  readonly indented: boolean;
  /** The level of its numbering (`一、` 1, `（一）` 2, `1.` 3, `（1）` 4), or null when it has none. */
  readonly level: number | null;
  readonly role:
    | { readonly kind: 'overall' }
    | { readonly kind: 'subtotal' }
    | { readonly kind: 'category'; readonly category: LineCategory }
    | { readonly kind: 'line' };
}

const LEADING_SPACE = /^[\s\u3000\u00a0]+/;
const HAS_SPACE = /[\s\u3000]/;

/** What a row's name says it is: a line, a 其中 part, a category heading, a 小计 or the 合计. */
export function classifyBudgetRow(rawName: string): RowName {
  const indented = LEADING_SPACE.test(rawName);
  let name = indented ? rawName.replace(LEADING_SPACE, '').trim() : rawName.trim();
  const opensParts = PARTS_MARK.test(name);
  if (opensParts) name = name.replace(PARTS_MARK, '');
  const level = ORDER_LEVELS.find((l) => l.pattern.test(name))?.level ?? null;
  if (ORDER_MARK.test(name)) name = name.replace(ORDER_MARK, '').replace(PARTS_MARK, '').trim();
  const compact = HAS_SPACE.test(name) ? name.replace(/[\s\u3000]+/g, '') : name;
  return { name, opensParts, indented, level, role: roleOf(compact) };
}

function roleOf(compact: string): RowName['role'] {
  if (TOTAL_ROW.overall.test(compact)) return OVERALL;
  if (TOTAL_ROW.subtotal.test(compact)) return SUBTOTAL;
  if (CATEGORY_ROW.test(compact)) {
    const word = LINE_CATEGORY_WORDS.find((w) => w.pattern.test(compact));
    if (word) return { kind: 'category', category: word.category as LineCategory };
  }
  return LINE;
}

const OVERALL = { kind: 'overall' } as const;
const SUBTOTAL = { kind: 'subtotal' } as const;
const LINE = { kind: 'line' } as const;
