import {
  Badge, Body1, Caption1, Card, Divider, makeStyles, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text, tokens, type BadgeProps,
} from '@fluentui/react-components';
import { scoreView, showRate, showScore, type CategoryLine, type Evaluation, type Grade } from '../../core';
import type { Say } from '../say';

const GRADE_COLOURS: Readonly<Record<Grade, BadgeProps['color']>> = { 优: 'success', 良: 'brand', 中: 'warning', 差: 'danger' };

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  top: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  total: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  outOf: { color: tokens.colorNeutralForeground3 },
  grade: { alignSelf: 'flex-start' },
  categories: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  bar: { marginTop: tokens.spacingVerticalXS },
  line: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  figure: { fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The total against 100 beside the stated 自评, the grade, and the five categories against their maxima. */
export function ScoreSummary({ evaluation, say }: { evaluation: Evaluation; say: Say }) {
  const styles = useStyles();
  const view = scoreView(evaluation);
  const notes = [
    view.scaled ? say('pane.score.scaled') : null,
    view.cappedAt !== null ? say('pane.score.capped', { cap: showScore(view.cappedAt) }) : null,
  ].filter((note): note is string => note !== null);
  return (
    <Card className={styles.card} aria-labelledby="score-heading">
      <Subtitle2 as="h2" id="score-heading">
        {say('pane.score.heading')}
      </Subtitle2>
      <div className={styles.top}>
        <div className={styles.block}>
          <Caption1>{say('pane.score.total')}</Caption1>
          <Text>
            <span className={styles.total}>{showScore(view.total)}</span>
            <span className={styles.outOf}> / {view.max}</span>
          </Text>
          {view.statedTotal !== null ? <Caption1>{say('pane.score.stated', { stated: showScore(view.statedTotal) }).trim()}</Caption1> : null}
        </div>
        <div className={styles.block}>
          <Caption1>{say('pane.score.grade')}</Caption1>
          {/* Not a green 优 beside errors: the grade is shown as provisional until they are corrected. */}
          <Badge
            size="extra-large"
            appearance={view.errors > 0 ? 'tint' : 'filled'}
            color={view.errors > 0 ? 'warning' : GRADE_COLOURS[view.grade]}
            className={styles.grade}
          >
            {say(`grade.${view.grade}`)}
          </Badge>
          {view.statedGrade !== null ? <Caption1>{say('pane.score.gradeStated', { stated: view.statedGrade })}</Caption1> : null}
        </div>
      </div>
      {view.errors > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{say('pane.score.provisional', { count: view.errors })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view.overallRate !== null ? <Body1>{say('pane.score.execution', { rate: showRate(view.overallRate) })}</Body1> : null}
      {notes.length > 0 ? <Caption1>{notes.join(' ')}</Caption1> : null}
      <Divider />
      <ul className={styles.categories}>
        {view.categories.map((line) => (
          <CategoryItem key={line.category} line={line} say={say} />
        ))}
      </ul>
    </Card>
  );
}

function CategoryItem({ line, say }: { line: CategoryLine; say: Say }) {
  const styles = useStyles();
  const name = say(`category.${line.category}`);
  const { state } = line;
  if (state.kind !== 'score') {
    const key = state.kind === 'inOutput' ? 'pane.score.inOutput' : state.kind === 'notComputed' ? 'pane.score.notComputed' : 'pane.score.noIndicators';
    return (
      <li className={styles.line}>
        <Body1>{name}</Body1>
        <Caption1 className={styles.muted}>{say(key)}</Caption1>
      </li>
    );
  }
  const figure = say('pane.score.outOf', { score: showScore(state.score), max: showScore(state.max) });
  const stated = state.stated !== null ? say('pane.score.stated', { stated: showScore(state.stated) }) : '';
  return (
    <li>
      <div className={styles.line}>
        <Body1>{name}</Body1>
        <Body1 className={styles.figure}>
          {figure}
          {stated ? <span className={styles.muted}>{stated}</span> : null}
        </Body1>
      </div>
      <ProgressBar
        className={styles.bar}
        value={state.max > 0 ? Math.min(state.score / state.max, 1) : 0}
        thickness="large"
        aria-label={`${name} ${figure}`}
      />
    </li>
  );
}
