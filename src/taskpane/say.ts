import { catalogue, sayIn, type MessageKey, type Say, type TableField, type TableKind } from '../core';

export { sayIn, type Say };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue['zh-CN'], key);
}

/** The column picker's label of a field (`pane.field.budget.actual` → 全年执行数); the field's id if it has none. */
export function fieldLabel(say: Say, kind: TableKind, field: TableField): string {
  const key = `pane.field.${kind}.${field}`;
  return isMessageKey(key) ? say(key) : field;
}
