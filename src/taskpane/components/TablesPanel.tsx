import { Badge, Caption1, Card, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { TableField, TableSummary } from '../../core';
import type { Say } from '../say';
import type { PendingColumn } from '../usePaneState';
import { ColumnPicker } from './ColumnPicker';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  correct: { alignSelf: 'flex-start' },
});

export interface TablesPanelProps {
  tables: readonly TableSummary[];
  say: Say;
  pending: PendingColumn | null;
  onChoose: (tableKey: string, field: TableField, column: string | null) => void;
}

/** The tables the engine found: where each is, what kind, and a picker to correct its columns. */
export function TablesPanel({ tables, say, pending, onChoose }: TablesPanelProps) {
  const styles = useStyles();
  if (tables.length === 0) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{say('pane.tables.none')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.panel}>
      {tables.map((table) => (
        <TableCard key={table.key} table={table} say={say} pending={pending} onChoose={onChoose} />
      ))}
    </div>
  );
}

function TableCard({ table, say, pending, onChoose }: { table: TableSummary } & Omit<TablesPanelProps, 'tables'>) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const kind = say(`pane.kind.${table.kind}`);
  return (
    <Card size="small" appearance="outline" className={styles.card}>
      <div className={styles.title}>
        <Text weight="semibold">{table.sheet}</Text>
        {/* A sheet called 预算执行表 already says what its table is: the badge would only repeat it. */}
        {table.sheet.includes(kind) ? null : (
          <Badge appearance="tint" color="informative">
            {kind}
          </Badge>
        )}
      </div>
      <Caption1>{say('pane.tables.where', { range: table.range, rows: table.rows })}</Caption1>
      <Link as="button" className={styles.correct} aria-expanded={open} onClick={() => setOpen(!open)}>
        {say('pane.tables.correct')}
      </Link>
      {open ? (
        <>
          <Caption1>{say('pane.tables.correctHint')}</Caption1>
          <ColumnPicker table={table} say={say} pending={pending} onChoose={onChoose} />
        </>
      ) : null}
    </Card>
  );
}
