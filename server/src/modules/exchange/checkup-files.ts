import { CHECKUP_CSV_COLUMNS, checkupCsvRows } from '@omcheck/shared';
import { stringify } from 'csv-stringify/sync';
import type { CheckupExport } from './exchange.service.js';

/** A rendered download. */
export interface CheckupFile {
  body: string;
  contentType: string;
  extension: string;
}

/** What turns an export into a file; one entry per format, so a new format is one more entry. */
export interface CheckupFileFormat {
  contentType: string;
  extension: string;
  render(exported: CheckupExport): string | Promise<string>;
}

/**
 * The formats this build writes. `csv`: one table (see `CHECKUP_CSV_COLUMNS`), UTF-8 with a BOM so
 * Excel reads Persian and Italian text, and cells starting with = + - @ tab or CR prefixed with
 * a quote (csv-stringify `escape_formulas`), so a comment cannot run as a spreadsheet formula.
 * `json`: the versioned document the import reads.
 */
export const CHECKUP_FILE_FORMATS = {
  csv: {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    render: ({ document, questionnaire }) =>
      stringify(checkupCsvRows(document, questionnaire), { header: true, columns: [...CHECKUP_CSV_COLUMNS], bom: true, escape_formulas: true, record_delimiter: 'windows' }),
  },
  json: {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    render: ({ document }) => `${JSON.stringify(document, null, 2)}\n`,
  },
} satisfies Record<string, CheckupFileFormat>;

export type CheckupFileFormatName = keyof typeof CHECKUP_FILE_FORMATS;

export function isCheckupFileFormat(name: string): name is CheckupFileFormatName {
  return Object.hasOwn(CHECKUP_FILE_FORMATS, name);
}

export async function renderCheckupFile(format: CheckupFileFormatName, exported: CheckupExport): Promise<CheckupFile> {
  const { contentType, extension, render } = CHECKUP_FILE_FORMATS[format] as CheckupFileFormat;
  return { body: await render(exported), contentType, extension };
}
