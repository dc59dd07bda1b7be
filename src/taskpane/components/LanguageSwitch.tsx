import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { LANGUAGES, type Language } from '../../core';
import type { Say } from '../say';

const useStyles = makeStyles({
  // marginLeft auto: on its own line (a long English title) it still sits at the right.
  group: { display: 'flex', gap: tokens.spacingHorizontalXS, flexShrink: 0, marginLeft: 'auto' },
});

/** 中文 / English: each name in its own language, the current one pressed. */
export function LanguageSwitch({ language, onChange, say }: { language: Language; onChange: (language: Language) => void; say: Say }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={say('pane.language')} className={styles.group}>
      {LANGUAGES.map((option) => (
        <ToggleButton
          key={option}
          size="small"
          appearance={option === language ? 'primary' : 'subtle'}
          checked={option === language}
          lang={option}
          onClick={() => onChange(option)}
        >
          {say(`pane.language.${option}`)}
        </ToggleButton>
      ))}
    </div>
  );
}
