import type { SheetModel } from './SheetModel';
import type { WorkbookPort } from './WorkbookPort';
import { markerFor, tempMarkerFor } from './outputSheets';
import { planReplace } from './planReplace';

/**
 * Replaces our result sheets as a whole, and only ours. Every new sheet is first written under a temporary
 * name (marked as temporary); only when all are written are the previous ones deleted and the new ones
 * renamed into place. A failure while writing leaves the previous sheets as they were: the temporary sheets
 * are deleted, and any that cannot be are still marked temporary, so the next run deletes them. A sheet of
 * the user's that has one of our names stops the run before anything changes (OutputSheetConflictError).
 * The swap that follows only deletes and renames; should a shell fail even there, every sheet it leaves is
 * still marked, so the next run finds and replaces them. (The .xlsx shell writes no file at all on failure.)
 */
export async function replaceOutputSheets(port: WorkbookPort, models: readonly SheetModel[]): Promise<void> {
  const [sheets, markers] = await Promise.all([port.listSheets(), port.listMarkers()]);
  const plan = planReplace(sheets, markers, models);
  for (const name of plan.leftovers) await port.deleteSheet(name);

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
    await discard(port, added, error);
    throw error;
  }

  for (const name of plan.previous) await port.deleteSheet(name);
  for (const { model, temp } of plan.writes) {
    await port.renameSheet(temp, model.name);
    await port.setMarker(markerFor(model.id), model.name);
    await port.removeMarker(tempMarkerFor(model.id));
  }
  await port.flush();
}

/** Deletes the temporary sheets of a failed run; if that fails too, both failures are reported together. */
async function discard(port: WorkbookPort, names: readonly string[], cause: unknown): Promise<void> {
  try {
    for (const name of names) await port.deleteSheet(name);
    await port.flush();
  } catch (cleanup) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new AggregateError([cause, cleanup], message);
  }
}
