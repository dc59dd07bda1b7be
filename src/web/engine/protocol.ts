import type { CellContext, Language, ReviewRowView, StoredSettings } from '../../core';
import type { RecalcProgress, RecalcResult, WorkbookState } from '../../excel/WorkbookSession';

/** A file as the page hands it over: its bytes (transferred, not copied) and the name to word messages with. */
export interface FileBytes {
  readonly bytes: ArrayBuffer;
  readonly name: string;
}

/** What one file of a review gave the page: its rows as the table shows them, or why it could not be read. */
export type ReviewedFile = { readonly file: string; readonly rows: readonly ReviewRowView[] } | { readonly file: string; readonly unreadable: string };

/** A file to download: its bytes, in a buffer of their own (transferred to the page), and the name it is offered under. */
export interface Download {
  readonly bytes: ArrayBuffer;
  readonly name: string;
}

/** Every call the page makes of the engine in its worker: what it sends, what comes back. */
export interface EngineCalls {
  open: { args: FileBytes & { readonly lang: Language }; reply: null };
  inspect: { args: { readonly lang: Language }; reply: WorkbookState };
  recalculate: { args: { readonly lang: Language }; reply: RecalcResult };
  describeCell: { args: { readonly sheet: string; readonly cell: string; readonly lang: Language }; reply: CellContext };
  saveSettings: { args: { readonly stored: StoredSettings }; reply: null };
  download: { args: { readonly lang: Language }; reply: Download };
  reviewStart: { args: Record<string, never>; reply: null };
  reviewFile: { args: FileBytes & { readonly lang: Language }; reply: ReviewedFile };
  reviewSummary: { args: { readonly lang: Language }; reply: Download };
}

export type EngineCall = keyof EngineCalls;

export interface EngineRequest<K extends EngineCall = EngineCall> {
  readonly id: number;
  readonly call: K;
  readonly args: EngineCalls[K]['args'];
}

/** An answer (the value, or the failure in the user's words), or a progress report of a recalculation. */
export type EngineMessage =
  | { readonly id: number; readonly kind: 'done'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string }
  | { readonly id: number; readonly kind: 'progress'; readonly progress: RecalcProgress };
