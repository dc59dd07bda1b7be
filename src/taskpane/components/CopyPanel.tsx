import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { OUTPUT_SHEET_NAMES, type ReportSection } from '../../core';
import { useState } from 'react';
import type { Say } from '../say';
import { useCopy } from './useCopy';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  paragraph: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  preview: {
    flexGrow: 1,
    minWidth: 0,
    display: '-webkit-box',
    WebkitLineClamp: '3',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    color: tokens.colorNeutralForeground2,
  },
  full: { flexGrow: 1, minWidth: 0, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  text: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  copyButton: { flexShrink: 0 },
  heading: { margin: 0, marginTop: tokens.spacingVerticalXS },
});

export interface CopyPanelProps {
  say: Say;
  /** The 自评表 grid of the last run as tab-separated text, its title rows left out (core/view/sheetTsv.ts). */
  formTsv: string;
  /** The drafted report of the last run (core/view/reportSections.ts). */
  sections: readonly ReportSection[];
  /** The last run was in another language than the pane now shows. */
  otherLanguage: boolean;
}

/**
 * Paragraphs shown at first per section, and per "show more": a workbook of 2 000 indicators drafts a paragraph
 * for each, and drawing them all at once holds the pane's thread for half a second.
 */
const PARAGRAPH_PAGE = 10;

/** Characters past which a paragraph may not fit the three lines of its preview at 270 px: it can be opened. */
const LONG_PARAGRAPH = 60;

/** Copy buttons: the 自评表 grid as tab-separated text, and each drafted report paragraph. */
export function CopyPanel({ say, formTsv, sections, otherLanguage }: CopyPanelProps) {
  const styles = useStyles();
  const { copy, copied, failed } = useCopy();
  // Paragraphs opened to be read in full before they are copied; the others show their first three lines.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpen((was) => {
    const next = new Set(was);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  const failedSheet = failed === 'form' ? OUTPUT_SHEET_NAMES.form : failed !== null ? OUTPUT_SHEET_NAMES.report : undefined;
  return (
    <section className={styles.section} aria-labelledby="copy-heading">
      <Subtitle2 as="h2" id="copy-heading">
        {say('pane.copy.heading')}
      </Subtitle2>
      {otherLanguage ? (
        <MessageBar intent="info">
          <MessageBarBody>{say('pane.copy.languageNote')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {failedSheet ? (
        <MessageBar intent="error">
          <MessageBarBody>{say('pane.copy.failed', { sheet: failedSheet })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {formTsv !== '' ? (
        <>
          <Button appearance="secondary" onClick={() => copy('form', formTsv)}>
            {copied === 'form' ? say('pane.copy.done') : say('pane.copy.form')}
          </Button>
          <Caption1>{say('pane.copy.formHint')}</Caption1>
        </>
      ) : null}
      {sections.map((section, s) => (
        <div key={`${s}|${section.heading}`} className={styles.section}>
          {section.heading ? (
            <Text as="h3" weight="semibold" className={styles.heading}>
              {section.heading}
            </Text>
          ) : null}
          <ParagraphList section={s} paragraphs={section.paragraphs} say={say} open={open} onToggle={toggle} copied={copied} onCopy={copy} />
        </div>
      ))}
    </section>
  );
}

interface ParagraphListProps {
  section: number;
  paragraphs: readonly string[];
  say: Say;
  open: ReadonlySet<string>;
  onToggle: (id: string) => void;
  copied: string | null;
  onCopy: (id: string, text: string) => void;
}

/** A section's paragraphs, each with its copy button, a page at a time. */
function ParagraphList({ section, paragraphs, say, open, onToggle, copied, onCopy }: ParagraphListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PARAGRAPH_PAGE);
  const rest = paragraphs.length - shown;
  return (
    <>
      <ul className={styles.list}>
        {paragraphs.slice(0, shown).map((paragraph, p) => {
          const id = `report-${section}-${p}`;
          return (
            <li key={id} className={styles.paragraph}>
              <div className={styles.text}>
                <Body1 id={`${id}-text`} className={open.has(id) ? styles.full : styles.preview}>{paragraph}</Body1>
                {paragraph.length > LONG_PARAGRAPH ? (
                  <Button appearance="transparent" size="small" aria-expanded={open.has(id)} aria-controls={`${id}-text`} onClick={() => onToggle(id)}>
                    {say(open.has(id) ? 'pane.copy.less' : 'pane.copy.more')}
                  </Button>
                ) : null}
              </div>
              <Button
                size="small"
                className={styles.copyButton}
                aria-label={say('pane.copy.paragraphLabel', { preview: preview(paragraph) })}
                onClick={() => onCopy(id, paragraph)}
              >
                {copied === id ? say('pane.copy.done') : say('pane.copy.paragraph')}
              </Button>
            </li>
          );
        })}
      </ul>
      {rest > 0 ? (
        <Button appearance="transparent" onClick={() => setShown(shown + PARAGRAPH_PAGE)}>
          {say('pane.copy.moreParagraphs', { count: Math.min(rest, PARAGRAPH_PAGE), total: paragraphs.length })}
        </Button>
      ) : null}
    </>
  );
}

/** The first words of a paragraph, for a button's accessible name. */
function preview(paragraph: string): string {
  return paragraph.length > 24 ? `${paragraph.slice(0, 24)}…` : paragraph;
}
