import type { SheetModel } from '../core';

export interface ReportSection {
  /** The section's heading (`一、预算执行情况`); '' for paragraphs above the first heading. */
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

/**
 * The drafted paragraphs of the 自评_报告 sheet model, under their headings, in reading order: each
 * `heading` cell opens a section and each `paragraph` cell is one piece of text to copy. The title and the
 * note above them are not part of the report.
 */
export function reportSections(model: SheetModel): ReportSection[] {
  const cells = [...model.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const sections: { heading: string; paragraphs: string[] }[] = [];
  for (const cell of cells) {
    if (typeof cell.value !== 'string' || cell.value.trim() === '') continue;
    if (cell.style === 'heading') {
      sections.push({ heading: cell.value, paragraphs: [] });
    } else if (cell.style === 'paragraph') {
      if (sections.length === 0) sections.push({ heading: '', paragraphs: [] });
      sections[sections.length - 1].paragraphs.push(cell.value);
    } else if (cell.style === 'paragraphContinued') {
      // A paragraph too long for one row goes on in the rows below: copied, it is one paragraph again.
      const paragraphs = sections[sections.length - 1]?.paragraphs;
      if (paragraphs && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += cell.value;
    }
  }
  return sections.filter((section) => section.paragraphs.length > 0);
}
