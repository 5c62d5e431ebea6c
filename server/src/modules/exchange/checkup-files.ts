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

/**
 * The file name: the client's name and the export date, `acme-srl-2026-11-30.csv`. `ascii` is the
 * plain fallback (a Persian name has no ASCII letters: `checkup-2026-11-30.csv`); `unicode` keeps
 * every letter, for `filename*=UTF-8''…` (RFC 6266 / 5987).
 */
export function checkupFileName(clientName: string, exportedAt: Date, extension: string): { ascii: string; unicode: string } {
  const date = exportedAt.toISOString().slice(0, 10);
  const slug = (pattern: RegExp, text: string) => text.toLowerCase().replace(pattern, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  const ascii = slug(/[^a-z0-9]+/g, clientName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')) || 'checkup';
  const unicode = slug(/[^\p{L}\p{N}]+/gu, clientName.normalize('NFC')) || 'checkup';
  return { ascii: `${ascii}-${date}.${extension}`, unicode: `${unicode}-${date}.${extension}` };
}

/** `attachment; filename="…"` with a `filename*` when the name has more than ASCII. */
export function contentDisposition(name: { ascii: string; unicode: string }): string {
  const plain = `attachment; filename="${name.ascii}"`;
  return name.unicode === name.ascii ? plain : `${plain}; filename*=UTF-8''${encodeRfc5987(name.unicode)}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
