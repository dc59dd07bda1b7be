import type { RecalcProgress } from '../excel/WorkbookSession';
import type { EngineCall, EngineCalls, EngineMessage, EngineRequest } from './engine/protocol';

/** The part of a Worker the client uses (a real one in the page, an in-process one in tests). */
export interface EngineWorker {
  onmessage: ((event: MessageEvent<EngineMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: EngineRequest, transfer: Transferable[]): void;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: RecalcProgress) => void;
}

/** The page's side of the engine: each call a promise, answered by the worker in the order it finishes. */
export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: EngineWorker) {
    worker.onmessage = ({ data }) => this.receive(data);
    // A worker that dies (out of memory on a huge file) answers nothing more: every call waiting is told.
    worker.onerror = (event) => {
      for (const [, waiting] of this.pending) waiting.reject(new Error(event.message));
      this.pending.clear();
    };
  }

  call<K extends EngineCall>(
    call: K,
    args: EngineCalls[K]['args'],
    options: { readonly transfer?: ArrayBuffer[]; readonly onProgress?: (progress: RecalcProgress) => void } = {},
  ): Promise<EngineCalls[K]['reply']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress: options.onProgress });
      this.worker.postMessage({ id, call, args }, options.transfer ?? []);
    });
  }

  private receive(message: EngineMessage): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    if (message.kind === 'progress') {
      waiting.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.id);
    if (message.kind === 'done') waiting.resolve(message.value);
    else waiting.reject(new Error(message.message));
  }
}

/**
 * The engine's worker, started from its source inlined in the page (`<script type="text/plain" id="engine-source">`):
 * a page opened from file:// may not load a worker from a file, but may from a blob of its own.
 */
export function startEngine(): EngineClient {
  const source = document.getElementById('engine-source')?.textContent ?? '';
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new EngineClient(new Worker(url) as unknown as EngineWorker);
}
