import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSampleWorkbook } from '../../scripts/buildSample';
import type { WorkbookSnapshot } from '../../src/core';
import { readWorkbook } from '../../src/xlsx';

/** The sample workbook (`npm run sample`) as the CLI reads it: written by scripts/buildSample.ts, read by src/xlsx. */
export async function sampleSnapshot(): Promise<WorkbookSnapshot> {
  const dir = await mkdtemp(join(tmpdir(), 'budget-perf-wps-'));
  try {
    const path = join(dir, 'sample.xlsx');
    await buildSampleWorkbook().xlsx.writeFile(path);
    return await readWorkbook(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
