import type { Flag } from '../report';

export function flag(
  code: Flag['code'],
  severity: Flag['severity'],
  cell: string,
  key: Flag['key'],
  params: Flag['params'],
): Flag {
  return { code, severity, cell, key, params };
}
