import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CellContext } from '../../core';
import type { Say } from '../say';

const useStyles = makeStyles({
  box: {
    margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { display: 'grid', gridTemplateColumns: 'minmax(5em, max-content) 1fr', columnGap: tokens.spacingHorizontalM, rowGap: '2px', margin: 0 },
  label: { color: tokens.colorNeutralForeground3, margin: 0 },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums' },
  flagged: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

/** A flagged cell's row as the workbook holds it: each filled cell under its header, the flagged one marked. */
export function CellContextView({ context, say }: { context: CellContext; say: Say }) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="region" aria-label={say('web.cell.heading', { sheet: context.sheet, cell: context.cell, row: context.row })}>
      <Caption1 as="p">{say('web.cell.heading', { sheet: context.sheet, cell: context.cell, row: context.row })}</Caption1>
      {context.values.length === 0 ? (
        <Caption1 as="p">{say('web.cell.empty')}</Caption1>
      ) : (
        <dl className={styles.list}>
          {context.values.map((value) => (
            <div key={value.column} style={{ display: 'contents' }}>
              <dt className={mergeClasses(styles.label, value.flagged && styles.flagged)}>{value.header === '' ? value.column : `${value.column} ${value.header}`}</dt>
              <dd className={mergeClasses(styles.value, value.flagged && styles.flagged)}>{value.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
