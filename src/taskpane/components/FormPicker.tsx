import { Field, makeStyles, Select } from '@fluentui/react-components';
import { formName, showScore, type Evaluation } from '../../core';
import type { Say } from '../say';

const useStyles = makeStyles({ select: { width: '100%' } });

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
    <Field label={say('pane.forms.label', { count: evaluations.length })}>
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
