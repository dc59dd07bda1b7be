import { SEVERITIES, type Flag, type Severity } from './Flag';

export interface FlagGroup {
  readonly severity: Severity;
  readonly flags: readonly Flag[];
}

/** The flags by severity, errors first, each group in the engine's order; a severity without flags is left out. */
export function groupFlags(flags: readonly Flag[]): FlagGroup[] {
  return SEVERITIES.map((severity) => ({ severity, flags: flags.filter((flag) => flag.severity === severity) })).filter(
    (group) => group.flags.length > 0,
  );
}
