import type { Download } from './engine/protocol';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers the bytes as a file to save, under their name; works from file:// too (a blob of the page's own). */
export function saveDownload(download: Download): void {
  const url = URL.createObjectURL(new Blob([download.bytes], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = download.name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click has been handled; later, so that a slow one still can.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
