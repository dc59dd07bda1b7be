import { Field, makeStyles, Select } from '@fluentui/react-components';
import { formName, showScore, type Evaluation } from '../../core';
import type { Say } from '../say';

// A grid item and a <select> both grow to their longest option by default; at 320 px that pushed the picker's
// arrow out of the pane. Held to the pane's width, the option's end is cut inside the box instead.
const useStyles = makeStyles({ field: { minWidth: 0 }, select: { width: '100%', minWidth: 0 } });

export interface FormPickerProps {
  evaluations: readonly Evaluation[];
  selected: number;
  say: Say;
  onSelect: (index: number) => void;
}

/** Several forms in one workbook: each scored on its own, one shown at a time (名称 · 总分 · 等次). */
export function FormPicker({ evaluations, selected, say, onSelect }: FormPickerProps) {
  const styles = useStyles();
  return (
    <Field className={styles.field} label={say('pane.forms.label', { count: evaluations.length })}>
      <Select className={styles.select} value={String(selected)} onChange={(_, data) => onSelect(Number(data.value))}>
        {evaluations.map((evaluation, i) => (
          <option key={`${evaluation.scope.sheet}!${evaluation.scope.range}`} value={String(i)}>
            {say('pane.forms.option', { n: i + 1, name: formName(evaluation), total: showScore(evaluation.scores.total), grade: say(`grade.${evaluation.scores.grade}`) })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
