/** An unexpected error as one line for stderr: its name and message, whitespace and line breaks collapsed. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').trim();
}
