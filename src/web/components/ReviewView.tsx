import {
  Body1, Button, Caption1, Field, makeStyles, mergeClasses, ProgressBar, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { compareReviewRows, REVIEW_TABLE_COLUMNS, type ReviewColumnKey, type ReviewRowView } from '../../core';
import type { Say } from '../../taskpane/say';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  scroll: { overflowX: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { width: '100%', minWidth: '84em' },
  numeric: { textAlign: 'right', justifyContent: 'flex-end', fontVariantNumeric: 'tabular-nums' },
  gapHigh: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1 },
  errors: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  unreadable: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ReviewState {
  readonly rows: readonly ReviewRowView[];
  readonly unreadable: readonly { readonly file: string; readonly reason: string }[];
  readonly files: number;
  /** While files are still being read: how many are done, and the one being read. */
  readonly progress: { readonly done: number; readonly name: string } | null;
}

/** Widths in the table's fixed layout; the problems in words take the rest of the row. */
const COLUMN_WIDTHS: Readonly<Record<ReviewColumnKey, string | undefined>> = {
  file: '8em', name: '10em', budget: '8em', actual: '8em', rate: '5em', total: '5em', grade: '4em',
  statedTotal: '5em', statedGrade: '4em', gap: '5.5em', errors: '3em', warnings: '3em', problems: undefined,
};

type Sort = { readonly key: ReviewColumnKey; readonly descending: boolean } | null;

/** The reviewer's summary as a table, sorted by a click on a header (in the summary's order at first), and its download. */
export function ReviewView({ review, say, onDownload }: { review: ReviewState; say: Say; onDownload: () => void }) {
  const styles = useStyles();
  const [sort, setSort] = useState<Sort>(null);
  const rows = useMemo(() => [...review.rows].sort(compareReviewRows(sort)), [review.rows, sort]);
  const forms = review.rows.filter((r) => r.row.sheet !== null).length;
  const toggle = (key: ReviewColumnKey) => setSort((now) => (now?.key !== key ? { key, descending: false } : now.descending ? null : { key, descending: true }));
  return (
    <section className={styles.section} aria-labelledby="review-heading">
      <Subtitle2 as="h2" id="review-heading">
        {say('web.review.heading', { files: review.files, forms })}
      </Subtitle2>
      {review.progress ? (
        <Field validationMessage={say('web.review.progress', { done: review.progress.done, total: review.files, name: review.progress.name })} validationState="none">
          <ProgressBar value={review.progress.done / Math.max(review.files, 1)} thickness="large" />
        </Field>
      ) : null}
      <div className={styles.bar}>
        <Button appearance="primary" disabled={review.progress !== null} onClick={onDownload}>
          {say('web.download.summary')}
        </Button>
        <Caption1>{say('web.review.hint')}</Caption1>
      </div>
      <div className={styles.scroll}>
        <Table className={styles.table} size="small" aria-labelledby="review-heading">
          <TableHeader>
            <TableRow>
              {REVIEW_TABLE_COLUMNS.map((column) => (
                <TableHeaderCell
                  key={column.key}
                  style={{ width: COLUMN_WIDTHS[column.key] }}
                  className={mergeClasses(column.numeric && styles.numeric)}
                  sortDirection={sort?.key === column.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  onClick={() => toggle(column.key)}
                >
                  {say(column.header)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((view) => (
              <TableRow key={`${view.row.file}|${view.row.sheet ?? ''}`} className={mergeClasses(view.gapHigh && styles.gapHigh)}>
                {REVIEW_TABLE_COLUMNS.map((column) => (
                  <TableCell
                    key={column.key}
                    className={mergeClasses(column.numeric && styles.numeric, column.key === 'errors' && view.row.errors > 0 && styles.errors)}
                  >
                    {view.cells[column.key].text}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {review.unreadable.length > 0 ? (
        <>
          <Subtitle2 as="h3">{say('web.review.unreadable', { count: review.unreadable.length })}</Subtitle2>
          <ul className={styles.unreadable}>
            {review.unreadable.map((u) => (
              <li key={u.file}>
                <Body1>{u.reason}</Body1>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
