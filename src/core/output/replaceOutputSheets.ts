import type { SheetModel } from './SheetModel';
import type { WorkbookPort } from './WorkbookPort';
import { markerFor, oldMarkerFor, tempMarkerFor } from './outputSheets';
import { planReplace, type PlannedWrite, type ReplacePlan } from './planReplace';
import { OutputReplaceError, type ReplaceOutcome } from './OutputReplaceError';

/**
 * Replaces our result sheets as a whole, and only ours. Every new sheet is first written under a temporary
 * name (marked as temporary); only when all are written does each take its place, one after another: the
 * previous sheet is set aside under a working name (marked as old), the new one renamed into its name and
 * marked final, and only then the old one deleted. Any prefix of that leaves each result either old or new
 * under its name, or both under working names, every working sheet marked, so the next run deletes what is
 * left. A failure is an OutputReplaceError that says what the workbook holds now, as read again after it.
 * A sheet of the user's that has one of our names stops the run before anything changes (OutputSheetConflictError).
 */
export async function replaceOutputSheets(port: WorkbookPort, models: readonly SheetModel[]): Promise<void> {
  const [sheets, markers, leftoverSheets] = await Promise.all([port.listSheets(), port.listMarkers(), port.listLeftovers?.() ?? []]);
  const plan = planReplace(sheets, markers, models, leftoverSheets);
  let swapping = false;
  try {
    for (const marker of plan.staleMarkers) await port.removeMarker(marker);
    for (const name of plan.leftovers) await port.deleteSheet(name);
    await writeTemporary(port, plan);
    swapping = true;
    for (const write of plan.writes) await swapIn(port, write);
    await port.flush();
  } catch (error) {
    throw new OutputReplaceError(error, await outcomeAfter(port, plan, swapping));
  }
}

/** The new sheets under their temporary names; on a failure, the ones added are deleted again. */
async function writeTemporary(port: WorkbookPort, plan: ReplacePlan): Promise<void> {
  const added: string[] = [];
  try {
    for (const { model, temp } of plan.writes) {
      await port.addSheet(temp);
      added.push(temp);
      await port.setMarker(tempMarkerFor(model.id), temp);
      await port.writeSheet(temp, model);
    }
    await port.flush();
  } catch (error) {
    await discard(port, added);
    throw error;
  }
}

/** One new sheet into its place; the old one goes only once the new one has its name and marker. */
async function swapIn(port: WorkbookPort, { model, temp, previous, retired }: PlannedWrite): Promise<void> {
  if (previous !== null) {
    await port.setMarker(oldMarkerFor(model.id), previous);
    await port.renameSheet(previous, retired);
  }
  await port.renameSheet(temp, model.name);
  await port.setMarker(markerFor(model.id), model.name);
  await port.removeMarker(tempMarkerFor(model.id));
  if (previous !== null) await port.deleteSheet(retired);
}

/** Deletes the temporary sheets of a failed run; what cannot be deleted is still marked, for the next run. */
async function discard(port: WorkbookPort, names: readonly string[]): Promise<void> {
  try {
    for (const name of names) await port.deleteSheet(name);
    await port.flush();
  } catch {
    // The outcome read after the failure names what is left; the next run deletes it.
  }
}

/**
 * Each result's state as the workbook shows it after a failure, or null when even that cannot be read.
 * While writing, no final name changed. During the swap, a new sheet no longer under its temporary name
 * has taken its final one; a final name that is gone is between the two renames.
 */
async function outcomeAfter(port: WorkbookPort, plan: ReplacePlan, swapping: boolean): Promise<ReplaceOutcome | null> {
  let sheets: readonly string[];
  try {
    sheets = await port.listSheets();
  } catch {
    return null;
  }
  const byName = new Map(sheets.map((name) => [name.toLowerCase(), name]));
  const has = (name: string) => byName.has(name.toLowerCase());
  const outcome: ReplaceOutcome = { updated: [], kept: [], missing: [], leftovers: [] };
  for (const { model, temp, retired } of plan.writes) {
    if (!has(model.name)) outcome.missing.push(model.name);
    else if (swapping && !has(temp)) outcome.updated.push(model.name);
    else outcome.kept.push(model.name);
    for (const name of [temp, retired]) if (has(name)) outcome.leftovers.push(byName.get(name.toLowerCase()) ?? name);
  }
  for (const name of plan.leftovers) if (has(name)) outcome.leftovers.push(name);
  return outcome;
}
