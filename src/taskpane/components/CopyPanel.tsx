import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { SheetModel } from '../../core';
import { reportSections } from '../reportSections';
import type { Say } from '../say';
import { sheetTsv } from '../sheetTsv';
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
  copyButton: { flexShrink: 0 },
  heading: { margin: 0, marginTop: tokens.spacingVerticalXS },
});

export interface CopyPanelProps {
  say: Say;
  /** The 自评_自评表 model of the last run. */
  form: SheetModel | undefined;
  /** The 自评_报告 model of the last run. */
  report: SheetModel | undefined;
  /** The last run was in another language than the pane now shows. */
  otherLanguage: boolean;
}

/** Copy buttons: the 自评表 grid as tab-separated text, and each drafted report paragraph. */
export function CopyPanel({ say, form, report, otherLanguage }: CopyPanelProps) {
  const styles = useStyles();
  const { copy, copied, failed } = useCopy();
  const sections = report ? reportSections(report) : [];
  const failedSheet = failed === 'form' ? form?.name : failed !== null ? report?.name : undefined;
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
      {form ? (
        <>
          <Button appearance="secondary" onClick={() => copy('form', sheetTsv(form, { skipTitleRows: true }))}>
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
          <ul className={styles.list}>
            {section.paragraphs.map((paragraph, p) => {
              const id = `report-${s}-${p}`;
              return (
                <li key={id} className={styles.paragraph}>
                  <Body1 className={styles.preview}>{paragraph}</Body1>
                  <Button
                    size="small"
                    className={styles.copyButton}
                    aria-label={say('pane.copy.paragraphLabel', { preview: preview(paragraph) })}
                    onClick={() => copy(id, paragraph)}
                  >
                    {copied === id ? say('pane.copy.done') : say('pane.copy.paragraph')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The first words of a paragraph, for a button's accessible name. */
function preview(paragraph: string): string {
  return paragraph.length > 24 ? `${paragraph.slice(0, 24)}…` : paragraph;
}
