import type { SheetModel } from './SheetModel';
import { isOwnMarker, isTempMarker, type OutputMarker } from './outputSheets';
import { OutputSheetConflictError } from './OutputSheetConflictError';

/** What a run will do to the workbook, worked out before anything is changed. */
export interface ReplacePlan {
  /** Half-written sheets of an earlier run that failed: deleted first. */
  readonly leftovers: readonly string[];
  /** Each new sheet and the temporary name it is written under. */
  readonly writes: readonly { readonly model: SheetModel; readonly temp: string }[];
  /** Our sheets of the previous run, deleted once every new sheet is written. */
  readonly previous: readonly string[];
}

// Sheet names are compared as Excel compares them: without regard to case.
const fold = (name: string) => name.toLowerCase();

/**
 * Which sheets are ours (a marker points to them), which previous results the new sheets replace, and a free
 * temporary name for each new sheet. Throws OutputSheetConflictError, before any change, when a sheet that is
 * not ours already has one of the output names.
 */
export function planReplace(sheets: readonly string[], markers: readonly OutputMarker[], models: readonly SheetModel[]): ReplacePlan {
  const existing = new Map(sheets.map((name) => [fold(name), name]));
  const ours = new Set<string>();
  const temps = new Set<string>();
  for (const { marker, sheet } of markers) {
    const name = existing.get(fold(sheet));
    if (!name || !isOwnMarker(marker)) continue;
    (isTempMarker(marker) ? temps : ours).add(name);
  }
  const previous: string[] = [];
  for (const model of models) {
    const name = existing.get(fold(model.name));
    if (name === undefined) continue;
    // A temporary marker on a final name: a run stopped between renaming the sheet and marking it final.
    if (!ours.has(name) && !temps.has(name)) throw new OutputSheetConflictError(name);
    previous.push(name);
  }
  const leftovers = [...temps].filter((name) => !previous.includes(name));
  const taken = new Set(sheets.filter((name) => !leftovers.includes(name)).map(fold));
  const writes = models.map((model) => {
    const temp = freeName(`~${model.name}`, taken);
    taken.add(fold(temp));
    return { model, temp };
  });
  return { leftovers, writes, previous };
}

/** `base`, or `base2`, `base3`… : the first name no sheet has. Our names are far below Excel's 31 characters. */
function freeName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  for (let n = 2; taken.has(fold(name)); n++) name = `${base}${n}`;
  return name;
}
