import type { Fen } from '../report';

/** 执行率 = 全年执行数 / 全年预算数; none when there is no positive budget or no actual (SCORING.md). */
export function executionRate(budget: Fen | null, actual: Fen | null): number | null {
  if (budget === null || actual === null || budget <= 0) return null;
  return actual / budget;
}
