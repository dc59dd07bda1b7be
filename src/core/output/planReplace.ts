import type { SheetModel } from './SheetModel';
import { isOldMarker, isOwnMarker, isTempMarker, OLD_PREFIX, type OutputMarker } from './outputSheets';
import { OutputSheetConflictError } from './OutputSheetConflictError';

/** One new sheet: the temporary name it is written under, and the previous result it replaces, if any. */
export interface PlannedWrite {
  readonly model: SheetModel;
  readonly temp: string;
  /** Our sheet of the previous run with the model's name; null on a first run. */
  readonly previous: string | null;
  /** The working name `previous` is set aside under until its replacement has its name. */
  readonly retired: string;
}

/** What a run will do to the workbook, worked out before anything is changed. */
export interface ReplacePlan {
  /** Sheets an earlier run that stopped left behind (temporary, set aside, or working names): deleted first. */
  readonly leftovers: readonly string[];
  readonly writes: readonly PlannedWrite[];
  /** Our sheets of the previous run, each replaced once every new sheet is written. */
  readonly previous: readonly string[];
  /** Our markers that point to no sheet (Excel keeps a name whose sheet was deleted, as `#REF!`): removed first. */
  readonly staleMarkers: readonly string[];
}

// Sheet names are compared as Excel compares them: without regard to case.
const fold = (name: string) => name.toLowerCase();

/**
 * Which sheets are ours (a marker points to them), which previous results the new sheets replace, and free
 * working names for each. `leftoverSheets` are working sheets a stopped run left that no marker names (see
 * isLeftoverSheet). Throws OutputSheetConflictError, before any change, when a sheet that is not ours
 * already has one of the output names.
 */
export function planReplace(
  sheets: readonly string[],
  markers: readonly OutputMarker[],
  models: readonly SheetModel[],
  leftoverSheets: readonly string[] = [],
): ReplacePlan {
  const existing = new Map(sheets.map((name) => [fold(name), name]));
  const ours = new Set<string>();
  const working = new Set<string>(leftoverSheets.map((name) => existing.get(fold(name))).filter((name) => name !== undefined));
  const staleMarkers: string[] = [];
  for (const { marker, sheet } of markers) {
    if (!isOwnMarker(marker)) continue;
    const name = existing.get(fold(sheet));
    if (!name) {
      staleMarkers.push(marker);
      continue;
    }
    (isTempMarker(marker) || isOldMarker(marker) ? working : ours).add(name);
  }
  const previous: string[] = [];
  for (const model of models) {
    const name = existing.get(fold(model.name));
    if (name === undefined) continue;
    // A temporary marker on a final name: a run stopped between renaming the sheet and marking it final.
    if (!ours.has(name) && !working.has(name)) throw new OutputSheetConflictError(name);
    previous.push(name);
  }
  const leftovers = [...working].filter((name) => !previous.includes(name));
  const taken = new Set(sheets.filter((name) => !leftovers.includes(name)).map(fold));
  const claim = (base: string) => {
    const name = freeName(base, taken);
    taken.add(fold(name));
    return name;
  };
  const writes = models.map((model) => ({
    model,
    temp: claim(`~${model.name}`),
    previous: existing.get(fold(model.name)) ?? null,
    retired: claim(`~${OLD_PREFIX}${model.name}`),
  }));
  return { leftovers, writes, previous, staleMarkers };
}

/** `base`, or `base2`, `base3`… : the first name no sheet has. Our names are far below Excel's 31 characters. */
function freeName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  for (let n = 2; taken.has(fold(name)); n++) name = `${base}${n}`;
  return name;
}
