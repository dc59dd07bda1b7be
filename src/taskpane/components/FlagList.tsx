import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { flagView, type CellContext, type Flag, type FlagLine, type FlagSection, type Language } from '../../core';
import { CellContextView } from './CellContextView';
import type { Say } from '../say';

/** Flags shown at first per group, and per "show more": a long list is read a screen at a time. */
const PAGE = 50;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
    paddingLeft: tokens.spacingHorizontalXS,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  flag: {
    width: '100%',
    height: 'auto',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  cell: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  plain: { display: 'block', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
});

/** What a click on a flag does: select its cell (Excel, WPS), or show its row under it (the web page). */
export interface FlagTarget {
  readonly onGoTo: (cell: string) => void;
  /** Set where a click shows the row: the row last asked for, once it has come. */
  readonly rows?: { readonly detail: { readonly ref: string; readonly context: CellContext } | null };
}

export interface FlagListProps extends FlagTarget {
  flags: readonly Flag[];
  /** The groups worded already by the session, in `language`: used while the pane is in that language. */
  worded?: { readonly language: Language; readonly groups: readonly FlagSection[] };
  language: Language;
  say: Say;
}

/** The flags grouped 错误/警告/提示 with their counts; each flag with a cell is a button that selects it or shows its row. */
export function FlagList({ flags, worded, language, say, onGoTo, rows }: FlagListProps) {
  const styles = useStyles();
  const groups = useMemo(() => (worded?.language === language ? worded.groups : flagView(flags, language)), [flags, worded, language]);
  return (
    <section className={styles.section} aria-labelledby="flags-heading">
      <Subtitle2 as="h2" id="flags-heading">
        {say('pane.flags.heading')}
      </Subtitle2>
      {groups.length === 0 ? (
        <Body1>{say('pane.flags.none')}</Body1>
      ) : (
        <>
          <Caption1>{say(rows ? 'web.flags.hint' : 'pane.flags.hint')}</Caption1>
          <Accordion multiple collapsible defaultOpenItems={groups.filter((g) => g.severity !== 'info').map((g) => g.severity)}>
            {groups.map((group) => (
              <AccordionItem key={group.severity} value={group.severity}>
                <AccordionHeader as="h3">{say(`pane.flags.group.${group.severity}`, { count: group.lines.length })}</AccordionHeader>
                <AccordionPanel>
                  <FlagGroupList group={group} say={say} onGoTo={onGoTo} rows={rows} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}

function FlagGroupList({ group, say, onGoTo, rows }: FlagTarget & { group: FlagSection; say: Say }) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const rest = group.lines.length - shown;
  return (
    <>
      <ul className={styles.list}>
        {group.lines.slice(0, shown).map((flag, i) => (
          <li key={`${flag.cell ?? ''}|${flag.code}|${i}`} className={mergeClasses(styles.item, styles[group.severity])}>
            <FlagItem flag={flag} say={say} onGoTo={onGoTo} rows={rows} />
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <Button appearance="transparent" onClick={() => setShown(shown + PAGE)}>
          {say('pane.flags.more', { count: Math.min(rest, PAGE), total: group.lines.length })}
        </Button>
      ) : null}
    </>
  );
}

function FlagItem({ flag, say, onGoTo, rows }: FlagTarget & { flag: FlagLine; say: Say }) {
  const styles = useStyles();
  // A flag without a cell to go to (a table not found) is text, led by its cell if it names one.
  const { cell, message } = flag;
  if (cell === null || flag.place === null) return <Body1 className={styles.plain}>{flag.text}</Body1>;
  const open = rows?.detail?.ref === cell ? rows.detail.context : null;
  return (
    <>
      <Button
        appearance="subtle"
        className={styles.flag}
        aria-label={say(rows ? 'web.flags.show' : 'pane.flags.goTo', { cell, message })}
        aria-expanded={rows ? open !== null : undefined}
        onClick={() => onGoTo(cell)}
      >
        <Caption1 className={styles.cell}>{cell}</Caption1>
        <Body1>{message}</Body1>
      </Button>
      {open ? <CellContextView context={open} say={say} /> : null}
    </>
  );
}
