/** Node's error code (`ENOENT`, `ELOOP`…) of a failed file operation, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * What a Node file error means to the user, for reading and for writing alike. Codes not listed are `system`:
 * said with the code itself, since no sentence of ours would be truer.
 */
export type FileProblem = 'not-found' | 'is-directory' | 'not-regular' | 'denied' | 'loop' | 'name-too-long' | 'io' | 'busy' | 'no-space' | 'system';

const PROBLEMS: Readonly<Record<string, FileProblem>> = {
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  EISDIR: 'is-directory',
  ESPIPE: 'not-regular',
  ENXIO: 'not-regular',
  ENODEV: 'not-regular',
  EOPNOTSUPP: 'not-regular',
  EACCES: 'denied',
  EPERM: 'denied',
  EROFS: 'denied',
  ELOOP: 'loop',
  ENAMETOOLONG: 'name-too-long',
  EIO: 'io',
  ESTALE: 'io',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EMFILE: 'busy',
  ENFILE: 'busy',
  EAGAIN: 'busy',
  EINTR: 'busy',
  ENOSPC: 'no-space',
  EDQUOT: 'no-space',
  EFBIG: 'no-space',
};

export function fileProblem(error: unknown): FileProblem {
  return PROBLEMS[errorCode(error) ?? ''] ?? 'system';
}

/** The code, or failing that the message on one line, for a `system` problem's brackets. */
export function systemReason(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 160);
}
