import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { TableField, TableSummary } from '../../core';
import { columnOf, pickerFields } from '../columnChoice';
import { fieldLabel, type Say } from '../say';
import type { PendingColumn } from '../usePaneState';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // A native select is as wide as its longest option unless told otherwise: a long header must not widen the pane.
  select: { minWidth: 0, maxWidth: '100%' },
});

// The Select's value for "this table has no such column".
const NONE = '';

export interface ColumnPickerProps {
  table: TableSummary;
  say: Say;
  pending: PendingColumn | null;
  onChoose: (tableKey: string, field: TableField, column: string | null) => void;
}

/** One labelled drop-down per field the table may have: which column the engine reads it from, or none. */
export function ColumnPicker({ table, say, pending, onChoose }: ColumnPickerProps) {
  const styles = useStyles();
  const saving = pending !== null && pending.tableKey === table.key;
  return (
    <div className={styles.fields}>
      {pickerFields(table).map((field) => {
        const shown = saving && pending.field === field ? pending.column : columnOf(table, field);
        return (
          <Field key={field} label={fieldLabel(say, table.kind, field)} size="small">
            <Select
              className={styles.select}
              size="small"
              value={shown ?? NONE}
              disabled={saving}
              onChange={(_, data) => onChoose(table.key, field, data.value === NONE ? null : data.value)}
            >
              <option value={NONE}>{say('pane.column.none')}</option>
              {table.columns.map((c) => (
                <option key={c.column} value={c.column}>
                  {c.header.trim() === ''
                    ? say('pane.column.optionBlank', { column: c.column })
                    : say('pane.column.option', { column: c.column, header: c.header })}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
