import type { ExpansionBudget } from '../zip/ExpansionBudget';
import type { ZipEntry } from '../zip/readZipDirectory';
import { scanXml } from '../xml/scanXml';
import { relsPathOf, resolveTarget } from './partPaths';

/** One relationship of a part: `type` is the last segment of its URI (`worksheet`, `sharedStrings`, `table`…). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's path in the package; the target as written for an external one. */
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of `part` (none when it has no .rels part). */
export function readRelationships(
  archive: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  part: string,
  budget: ExpansionBudget,
): Relationship[] {
  const rels = part === '' ? '_rels/.rels' : relsPathOf(part);
  const entry = entries.get(rels);
  if (!entry) return [];
  const found: Relationship[] = [];
  scanXml(archive, entry, budget, {
    open(name, attributes) {
      if (name !== 'Relationship' || !attributes.Id || attributes.Target === undefined) return;
      const external = attributes.TargetMode === 'External';
      const type = (attributes.Type ?? '').slice((attributes.Type ?? '').lastIndexOf('/') + 1);
      found.push({ id: attributes.Id, type, target: external ? attributes.Target : resolveTarget(part, attributes.Target), external });
    },
  });
  return found;
}
