import { EMPTY_PLACEHOLDERS } from '../rules';

/** Normalised text that means "no value": nothing, or a placeholder such as `—` or `无` (rules/units.ts). */
export function isEmptyText(normalised: string): boolean {
  return normalised === '' || EMPTY_PLACEHOLDERS.includes(normalised);
}
