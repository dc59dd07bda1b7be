import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { lstat, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { WorkbookWriteError } from './WorkbookWriteError';

/** `.OUT.xlsx.budget-perf-<pid>-<random>.tmp`: hidden beside OUT, and recognisably ours. */
const TEMP_NAME = /^\..+\.budget-perf-(\d+)-[0-9a-f]{8}\.tmp$/;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Writes `chunks` to `path` whole or not at all: into a temporary file in the same folder, flushed to disk
 * (fsync) before it is renamed over `path` (a rename within one folder is atomic), so that a crash, a full
 * disk or a kill never leaves a half-written workbook where the user expects one. The temporary file is
 * removed on every failure and on SIGINT/SIGTERM; one left by a run killed outright (kill -9, power loss) is
 * removed by the next run. An existing file keeps its permissions. Throws WorkbookWriteError.
 */
export async function saveFile(path: string, chunks: readonly Uint8Array[]): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  const mode = await existingMode(target, path);
  await removeLeftovers(folder);
  const temp = join(folder, `.${basename(target)}.budget-perf-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const onSignal = (signal: NodeJS.Signals) => interrupted(temp, signal);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  try {
    await writeSynced(temp, chunks, mode);
    await rename(temp, target);
    await syncFolder(folder);
  } catch (error) {
    await rm(temp, { force: true });
    throw WorkbookWriteError.from(error, path);
  } finally {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  }
}

/** The permission bits of the file being replaced (a 0600 workbook stays 0600); null for a new file, which gets the umask's. */
async function existingMode(target: string, path: string): Promise<number | null> {
  try {
    const info = await stat(target);
    if (info.isDirectory()) throw new WorkbookWriteError('is-directory', path);
    if (!info.isFile()) throw new WorkbookWriteError('not-regular', path);
    return info.mode & 0o7777;
  } catch (error) {
    if (error instanceof WorkbookWriteError) throw error;
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return null;
    throw WorkbookWriteError.from(error, path);
  }
}

async function writeSynced(temp: string, chunks: readonly Uint8Array[], mode: number | null): Promise<void> {
  const file = await open(temp, 'wx', 0o666);
  try {
    for (const chunk of chunks) await file.write(chunk);
    // `open` applies the umask; an existing file's bits are kept exactly.
    if (mode !== null) await file.chmod(mode);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** The rename itself is made durable by syncing the folder; not every system allows a folder to be opened so. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder; the rename is already done.
  } finally {
    await handle?.close();
  }
}

/** Temporary files of our own in `folder` whose process is gone: a run killed before it could remove them. */
async function removeLeftovers(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return; // the folder is missing or unreadable: writing will say so
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    const leftover = join(folder, name);
    if ((await lstat(leftover).catch(() => null))?.isFile()) await rm(leftover, { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/** Ctrl+C or a TERM while writing: remove the temporary file, then end as the signal would have ended us. */
function interrupted(temp: string, signal: NodeJS.Signals): void {
  rmSync(temp, { force: true });
  process.kill(process.pid, signal);
}
