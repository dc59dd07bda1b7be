import type { Language } from '../messages';
import { buildFormSheet } from '../output/buildFormSheet';
import type { Evaluation } from '../report';
import { reportSections, type ReportSection } from './reportSections';
import { sheetTsv } from './sheetTsv';

/** What the pane's copy buttons copy for one form: its 自评表 grid as tab-separated text, and the report's paragraphs. */
export interface PaneCopies {
  readonly formTsv: string;
  readonly sections: readonly ReportSection[];
}

export function paneCopies(evaluation: Evaluation, lang: Language): PaneCopies {
  return { formTsv: sheetTsv(buildFormSheet(evaluation, lang), { skipTitleRows: true }), sections: reportSections(evaluation, lang) };
}
