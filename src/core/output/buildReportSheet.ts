import type { Evaluation } from '../report';
import type { Language } from '../messages';
import { SheetDraft } from './SheetDraft';
import { splitToFit } from './textLayout';
import type { SheetModel } from './SheetModel';
import { OUTPUT_SHEET_NAMES } from './outputSheets';
import { putNote, putTitle } from './tableParts';
import { sayIn } from './say';
import { reportSections } from '../view/reportSections';

// A narrow gutter for the section headings, then one wide column: each paragraph is one cell, copied as one
// piece of text. (With a single column LibreOffice will not shrink the page to fit: it clips the text.)
const WIDTHS = [3, 104];
const LAST_COL = WIDTHS.length - 1;
// Paragraphs are set in 12 points: a line holds fewer characters than the 11-point width unit suggests.
const PARAGRAPH_WIDTH = WIDTHS[1] * 0.88;
const PARAGRAPH_LINE_HEIGHT = 16;

/** 自评_报告: the report's sections (core/view/reportSections.ts), a paragraph to a cell, long ones over several rows. */
export function buildReportSheet(evaluation: Evaluation, lang: Language): SheetModel {
  const say = sayIn(lang);
  const draft = new SheetDraft('report', OUTPUT_SHEET_NAMES.report, WIDTHS);
  putTitle(draft, 0, say('reportSheet.title'), LAST_COL);
  putNote(draft, 1, say('reportSheet.note'), LAST_COL);
  let row = 3;
  for (const { heading, paragraphs } of reportSections(evaluation, lang)) {
    draft.put(row, 0, heading, 'heading');
    draft.atLeast(row++, 22);
    for (const paragraph of paragraphs) {
      splitToFit(paragraph, PARAGRAPH_WIDTH, PARAGRAPH_LINE_HEIGHT).forEach((piece, i) => {
        draft.put(row, 1, piece, i === 0 ? 'paragraph' : 'paragraphContinued');
        draft.fitText(row++, piece, PARAGRAPH_WIDTH, PARAGRAPH_LINE_HEIGHT);
      });
    }
    row++;
  }
  return draft.toModel({ orientation: 'portrait', fitToWidth: true });
}
