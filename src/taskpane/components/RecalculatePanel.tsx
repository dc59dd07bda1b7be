import { Button, Caption1, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { progressView } from '../progressView';
import type { Say } from '../say';
import type { RecalcProgress } from '../../excel';
import type { MessageKey } from '../../core';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { width: '100%' },
});

export interface RecalculatePanelProps {
  say: Say;
  disabled: boolean;
  running: boolean;
  progress: RecalcProgress | null;
  /** Announced once a run has finished. */
  done: boolean;
  /** The last run failed: the status says so, whatever was shown before. */
  failed: boolean;
  /** What the status says once a run has finished: where the results are. */
  doneKey: MessageKey;
  onRecalculate: () => void;
}

/** 重新计算, disabled while it runs, with a labelled progress bar under it. */
export function RecalculatePanel({ say, disabled, running, progress, done, failed, doneKey, onRecalculate }: RecalculatePanelProps) {
  const styles = useStyles();
  const view = progress ? progressView(progress) : null;
  return (
    <section className={styles.panel}>
      <Button appearance="primary" size="large" className={styles.button} disabled={disabled || running} onClick={onRecalculate}>
        {say('pane.recalculate')}
      </Button>
      {view ? (
        <Field validationMessage={say(view.key, view.params)} validationState="none">
          <ProgressBar value={view.value} thickness="large" />
        </Field>
      ) : null}
      <Caption1 role="status">{say(statusKey(running, failed, done, doneKey))}</Caption1>
    </section>
  );
}

/** After a run, whether it finished; before one and while it runs, where the results go. */
function statusKey(running: boolean, failed: boolean, done: boolean, doneKey: MessageKey): MessageKey {
  if (running) return 'pane.recalculate.hint';
  if (failed) return 'pane.recalculate.failed';
  return done ? doneKey : 'pane.recalculate.hint';
}
