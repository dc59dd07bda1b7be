/**
 * Puts `text` on the clipboard. The Clipboard API first; Office's webviews sometimes deny it (no permission
 * policy for the add-in's frame), so then the old way: a hidden textarea, selected, and execCommand('copy'),
 * which still works inside the click that asked for it. Rejects when neither works.
 */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch (denied) {
      if (copyWithTextarea(text)) return;
      throw denied;
    }
  }
  if (!copyWithTextarea(text)) throw new Error('document.execCommand("copy") was refused');
}

function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  area.style.opacity = '0';
  const focused = document.activeElement;
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } finally {
    document.body.removeChild(area);
    if (focused instanceof HTMLElement) focused.focus();
  }
  return copied;
}
