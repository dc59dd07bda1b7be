import { Body1, Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Say } from '../../taskpane/say';
import { fromDrop, fromInput, type PickedFile } from '../pickedFiles';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: tokens.spacingHorizontalM },
  body: { maxWidth: '36em' },
  hidden: { display: 'none' },
});

/** Where workbooks come in: dropped on the zone, or chosen as files or as a folder. */
export function FilePicker({ say, onPick, busy }: { say: Say; onPick: (files: PickedFile[]) => void; busy: boolean }) {
  const styles = useStyles();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  // React does not know the attribute; Chromium, Edge and Firefox choose a folder with it.
  useEffect(() => folder.current?.setAttribute('webkitdirectory', ''), []);
  const picked = (input: HTMLInputElement | null) => {
    if (!input) return;
    onPick(fromInput(input.files));
    input.value = '';
  };
  return (
    <section
      className={mergeClasses(styles.zone, over && styles.over)}
      aria-labelledby="pick-heading"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        fromDrop(event.dataTransfer).then(onPick, () => onPick(fromInput(event.dataTransfer.files)));
      }}
    >
      <Subtitle2 as="h2" id="pick-heading">
        {say(over ? 'web.pick.drop' : 'web.pick.heading')}
      </Subtitle2>
      <Body1 className={styles.body}>{say('web.pick.body')}</Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" size="large" disabled={busy} onClick={() => files.current?.click()}>
          {say('web.pick.files')}
        </Button>
        <Button size="large" disabled={busy} onClick={() => folder.current?.click()}>
          {say('web.pick.folder')}
        </Button>
      </div>
      <Caption1>{say('web.pick.privacy')}</Caption1>
      <input ref={files} className={styles.hidden} type="file" multiple accept=".xlsx" aria-label={say('web.pick.files')} onChange={(e) => picked(e.currentTarget)} />
      <input ref={folder} className={styles.hidden} type="file" multiple aria-label={say('web.pick.folder')} onChange={(e) => picked(e.currentTarget)} />
    </section>
  );
}
