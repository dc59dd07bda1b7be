import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { Language } from '../../core';
import type { Say } from '../say';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
  title: { margin: 0 },
});

export function PaneHeader({ language, onLanguage, say }: { language: Language; onLanguage: (language: Language) => void; say: Say }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1" className={styles.title}>
        {say('pane.title')}
      </Subtitle1>
      <LanguageSwitch language={language} onChange={onLanguage} say={say} />
    </header>
  );
}
