import type { Grade } from '../report';
import type { GradeBands } from '../rules';

/** Grade on the rounded total, lower bounds inclusive: 10号 "90（含）-100分为优". */
export function gradeFor(total: number, bands: GradeBands): Grade {
  if (total >= bands.excellent) return '优';
  if (total >= bands.good) return '良';
  if (total >= bands.fair) return '中';
  return '差';
}
