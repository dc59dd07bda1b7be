import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from '../copyText';

/** How long a button says 已复制 after its copy. */
const COPIED_FOR_MS = 2000;

/**
 * Copies a text for the button named `id`; `copied` names the button that copied last (for a moment), and
 * `failed` the one whose copy the webview refused, so that the pane can say where else to copy from.
 */
export function useCopy(): { copy: (id: string, text: string) => void; copied: string | null; failed: string | null } {
  const [copied, setCopied] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback((id: string, text: string) => {
    copyText(text).then(
      () => {
        setFailed(null);
        setCopied(id);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setCopied(null), COPIED_FOR_MS);
      },
      (error: unknown) => {
        console.error(error);
        setCopied(null);
        setFailed(id);
      },
    );
  }, []);
  return { copy, copied, failed };
}
