import { Button, Caption1, Field, Input, makeStyles, Select, Switch, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  capBandsText, DEFAULT_SETTINGS, NUMBER_SETTINGS, RULE_SET_IDS, settingText, settingValue, withDefaults, withNumberSetting, type NumberSetting, type RuleSetId, type Settings,
} from '../../core';
import type { Say } from '../say';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  reset: { alignSelf: 'flex-start' },
  // A native select is as wide as its longest option unless told otherwise.
  select: { minWidth: 0, maxWidth: '100%' },
});

export interface SettingsPanelProps {
  say: Say;
  /** What the workbook stores: only the settings the user changed. */
  settings: Partial<Settings>;
  onChange: (settings: Partial<Settings>) => void;
}

/** 评分规则, the thresholds and 封顶; each change is stored in the workbook at once (session.saveSettings). */
export function SettingsPanel({ say, settings, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const effective = withDefaults(settings);
  return (
    <div className={styles.panel}>
      <Caption1>{say('pane.settings.note')}</Caption1>
      <Field label={say('pane.settings.ruleSet')} hint={say('pane.settings.ruleSetHint')}>
        <Select className={styles.select} value={effective.ruleSet ?? AUTO} onChange={(_, data) => onChange({ ...settings, ruleSet: ruleSetOf(data.value) })}>
          <option value={AUTO}>{say('pane.ruleSet.auto')}</option>
          {RULE_SET_IDS.map((id) => (
            <option key={id} value={id}>
              {say(`pane.ruleSet.${id}`)}
            </option>
          ))}
        </Select>
      </Field>
      {NUMBER_SETTINGS.map((setting) => (
        <NumberSettingField
          key={setting.name}
          setting={setting}
          value={effective[setting.name]}
          say={say}
          onCommit={(value) => onChange(withNumberSetting(settings, setting.name, value))}
        />
      ))}
      <Field hint={say('pane.settings.capHint', { bands: capBandsText(say, effective.capBands) })}>
        <Switch
          label={say('pane.settings.cap')}
          checked={effective.capEnabled}
          onChange={(_, data) => onChange({ ...settings, capEnabled: data.checked })}
        />
      </Field>
      <Button className={styles.reset} onClick={() => onChange({})} disabled={Object.keys(settings).length === 0}>
        {say('pane.settings.reset')}
      </Button>
    </div>
  );
}

/** The choice that leaves the rule set to each form's title (DESIGN.md). */
const AUTO = 'auto';

function ruleSetOf(value: string): RuleSetId | null {
  return RULE_SET_IDS.find((id) => id === value) ?? null;
}

interface NumberSettingFieldProps {
  setting: NumberSetting;
  value: number;
  say: Say;
  onCommit: (value: number) => void;
}

/** A number typed freely, checked and stored when the field is left or Enter is pressed. */
function NumberSettingField({ setting, value, say, onCommit }: NumberSettingFieldProps) {
  const shown = settingText(setting, value);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // A value stored elsewhere (a reset, another workbook state) replaces what is being typed.
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const commit = () => {
    const next = settingValue(setting, text);
    setInvalid(next === null);
    if (next !== null && next !== value) onCommit(next);
  };
  return (
    <Field
      label={say(setting.label)}
      hint={say(setting.hint, { value: settingText(setting, DEFAULT_SETTINGS[setting.name]) })}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? say('pane.settings.invalidRange', { min: setting.range.min, max: setting.range.max }) : undefined}
    >
      <Input
        value={text}
        inputMode="decimal"
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}
