// A survey's results as a spreadsheet: CSV (semicolons, BOM, for Excel in Finnish settings) and XLSX.
// Hidden cells stay empty; last year's mean is alongside when there is one.
import ExcelJS from 'exceljs';
import type { Lang } from '../../../shared/i18n.js';
import type { LocalizedText } from '../../../shared/contracts/participation/survey-definition.js';
import type { SurveyResults } from '../../../shared/contracts/participation/surveys.js';

const HEADER: Record<Lang, string[]> = {
  fi: ['Kysymys', 'Teksti', 'N', '1', '2', '3', '4', '5', 'Keskiarvo', 'Edellinen vuosi'],
  sv: ['Fråga', 'Text', 'N', '1', '2', '3', '4', '5', 'Medeltal', 'Föregående år'],
  en: ['Item', 'Text', 'N', '1', '2', '3', '4', '5', 'Mean', 'Previous year'],
};
const SHEET: Record<Lang, string> = { fi: 'Tulokset', sv: 'Resultat', en: 'Results' };

const localize = (text: LocalizedText, lang: Lang) => text[lang] ?? text.fi;

/** One row per rating item: key, text, N, the five counts, the mean and last year's mean. */
function rows(results: SurveyResults, lang: Lang) {
  if (!results.enough) return [];
  return results.items.map((it) => [
    it.key,
    localize(it.text, lang),
    it.n,
    ...(it.distribution ?? [null, null, null, null, null]),
    it.mean,
    results.comparison?.items.find((c) => c.key === it.key)?.previousMean ?? null,
  ]);
}

export function resultsCsv(results: SurveyResults, lang: Lang): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [HEADER[lang].join(';'), ...rows(results, lang).map((r) => r.map(cell).join(';'))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function resultsXlsx(results: SurveyResults, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET[lang]);
  ws.addRow(HEADER[lang]).font = { bold: true };
  for (const r of rows(results, lang)) ws.addRow(r);
  ws.getColumn(2).width = 60;
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
