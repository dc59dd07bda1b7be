import { Body1, Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import type { Say } from '../say';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  line: { margin: 0 },
  start: { alignSelf: 'flex-start' },
});

/** The first-run screen: what the add-in does, in two lines, and one button. */
export function FirstRun({ say, onStart }: { say: Say; onStart: () => void }) {
  const styles = useStyles();
  return (
    <Card className={styles.card}>
      <Body1 as="p" className={styles.line}>
        {say('pane.firstRun.line1')}
      </Body1>
      <Body1 as="p" className={styles.line}>
        {say('pane.firstRun.line2')}
      </Body1>
      <Button appearance="primary" className={styles.start} onClick={onStart}>
        {say('pane.firstRun.start')}
      </Button>
    </Card>
  );
}
