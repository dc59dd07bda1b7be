/** A workbook chosen or dropped: the file, and the name to show (its path inside a folder chosen or dropped). */
export interface PickedFile {
  readonly file: File;
  readonly name: string;
}

/** .xlsx files only, without Excel's and WPS's `~$` lock files; in name order, as `review` walks a folder. */
export function workbooksOf(files: readonly PickedFile[]): PickedFile[] {
  return files
    .filter(({ file }) => /\.xlsx$/i.test(file.name) && !file.name.startsWith('~$'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Files from an <input type="file">, a folder chosen with it named by their path inside it. */
export function fromInput(list: FileList | null): PickedFile[] {
  return Array.from(list ?? [], (file) => ({ file, name: file.webkitRelativePath || file.name }));
}

/** What was dropped: files, and the files inside dropped folders, walked where the browser can (webkitGetAsEntry). */
export async function fromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(transfer.items, (item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null));
  if (entries.some((entry) => entry === null)) return Array.from(transfer.files, (file) => ({ file, name: file.name }));
  const found: PickedFile[] = [];
  for (const entry of entries) if (entry) await walk(entry, '', found);
  return found;
}

async function walk(entry: FileSystemEntry, folder: string, found: PickedFile[]): Promise<void> {
  const name = `${folder}${entry.name}`;
  if (isFile(entry)) {
    found.push({ file: await new Promise<File>((resolve, reject) => entry.file(resolve, reject)), name });
    return;
  }
  if (!isDirectory(entry)) return;
  const reader = entry.createReader();
  // readEntries gives a folder's entries a batch at a time (100 in Chromium) until it gives none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return;
    for (const child of batch) await walk(child, `${name}/`, found);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
