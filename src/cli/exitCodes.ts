/** DESIGN.md: 0 when evaluated (flags are part of the result, even errors), 1 when the input cannot be read, 2 on bad usage. */
export const EXIT = {
  ok: 0,
  unreadable: 1,
  usage: 2,
} as const;
