import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { Say } from '../say';

/** The session's last error, in its own words (they are already in the user's language). */
export function ErrorBar({ message, say, onDismiss }: { message: string; say: Say; onDismiss: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {say('pane.dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
