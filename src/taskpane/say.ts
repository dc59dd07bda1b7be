import { catalogue, formatMessage, type Language, type MessageKey, type MessageParams, type TableField, type TableKind } from '../core';

/** A catalogue lookup bound to one language: every word the pane shows goes through it. */
export type Say = (key: MessageKey, params?: MessageParams) => string;

export function sayIn(lang: Language): Say {
  return (key, params = {}) => formatMessage(key, params, lang);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue['zh-CN'], key);
}

/** The column picker's label of a field (`pane.field.budget.actual` → 全年执行数); the field's id if it has none. */
export function fieldLabel(say: Say, kind: TableKind, field: TableField): string {
  const key = `pane.field.${kind}.${field}`;
  return isMessageKey(key) ? say(key) : field;
}
