import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { LANGUAGES, type Language, type MessageKey, type MessageParams } from '../../core';
import { sayIn } from '../say';

const useStyles = makeStyles({
  notice: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXL },
  text: { margin: 0 },
});

export interface NoticeText {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/**
 * A notice shown before the pane knows Office's language (outside Excel, office.js missing): Chinese
 * first, English under it, each marked with its language.
 */
export function PlainNotice({ title, lines }: { title: MessageKey; lines: readonly NoticeText[] }) {
  const styles = useStyles();
  return (
    <>
      {LANGUAGES.map((language: Language) => {
        const say = sayIn(language);
        return (
          <section key={language} lang={language} className={styles.notice} role={language === LANGUAGES[0] ? 'alert' : undefined}>
            <Subtitle1 as="h1" className={styles.text}>
              {say(title)}
            </Subtitle1>
            {lines.map((line) => (
              <Body1 as="p" key={line.key} className={styles.text}>
                {say(line.key, line.params)}
              </Body1>
            ))}
          </section>
        );
      })}
    </>
  );
}
