import type { StatedScoreCells } from './IndicatorRow';

/** The first source to state a score wins; later sources only fill what is still missing. */
export function mergeStated(sources: readonly StatedScoreCells[]): StatedScoreCells {
  const scores: Record<string, StatedScoreCells['scores'][keyof StatedScoreCells['scores']]> = {};
  let grade: StatedScoreCells['grade'] = null;
  for (const source of sources) {
    for (const [key, cell] of Object.entries(source.scores)) if (cell && !scores[key]) scores[key] = cell;
    grade = grade ?? source.grade;
  }
  return { scores, grade };
}
