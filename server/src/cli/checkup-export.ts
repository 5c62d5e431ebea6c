import fs from 'node:fs';
import path from 'node:path';
import { DomainError, LOCALES, isLocale, type Locale } from '@omcheck/shared';
import { CHECKUP_FILE_FORMATS, type CheckupFileFormatName, isCheckupFileFormat, renderCheckupFile } from '../modules/exchange/checkup-files.js';
import type { Services } from '../services.js';
import { parseFlags } from './user-create.js';

/**
 * The formats `omcheck report` knows. The file formats of modules/exchange render here; a format
 * listed without a renderer is announced but not built yet (the PDF and PPTX reports).
 */
const REPORT_FORMATS = [...Object.keys(CHECKUP_FILE_FORMATS), 'pdf', 'pptx'] as const;

export interface ReportOutcome {
  code: number;
  message: string;
}

/**
 * `omcheck report <assessmentId> --format F --locale L --out FILE`: the command line runs as the
 * installation itself (no session), so it reads any check-up of this database.
 */
export async function checkupExportCommand(services: Services, args: readonly string[], now = new Date()): Promise<ReportOutcome> {
  const [assessmentId, ...rest] = args;
  let flags: Record<string, string>;
  try {
    flags = parseFlags(rest, ['format', 'locale', 'out']);
  } catch (err) {
    return { code: 2, message: (err as Error).message };
  }
  const format = flags['format'];
  const locale = flags['locale'] ?? null;
  if (!assessmentId || assessmentId.startsWith('--') || !format || !flags['out']) {
    return { code: 2, message: `Give the check-up id, --format (${REPORT_FORMATS.join('|')}) and --out FILE; --locale (${LOCALES.join('|')}) is optional.` };
  }
  if (locale !== null && !isLocale(locale)) return { code: 2, message: `Unknown locale "${locale}". Use one of: ${LOCALES.join(', ')}.` };
  if (!isCheckupFileFormat(format)) {
    return (REPORT_FORMATS as readonly string[]).includes(format)
      ? { code: 2, message: `The ${format} report is not available yet in this build. Available: ${Object.keys(CHECKUP_FILE_FORMATS).join(', ')}.` }
      : { code: 2, message: `Unknown format "${format}". Use one of: ${REPORT_FORMATS.join(', ')}.` };
  }
  try {
    const written = await writeCheckupExport(services, { assessmentId, format, locale, out: flags['out'] }, now);
    return { code: 0, message: `wrote ${written.file} (${written.bytes} bytes)` };
  } catch (err) {
    if (err instanceof DomainError) return { code: 2, message: err.message };
    throw err;
  }
}

/**
 * Writes a check-up's CSV or JSON file as the system. Kept apart from the argument handling so
 * the `report` command of the PDF/PPTX reports can hand `csv` and `json` to it.
 */
export async function writeCheckupExport(
  services: Services,
  command: { assessmentId: string; format: CheckupFileFormatName; locale: Locale | null; out: string },
  now = new Date(),
): Promise<{ file: string; bytes: number }> {
  const exported = await services.exchange.exportAsSystem(command.assessmentId, command.locale, now);
  const file = await renderCheckupFile(command.format, exported);
  const out = path.resolve(command.out);
  fs.writeFileSync(out, file.body);
  return { file: out, bytes: Buffer.byteLength(file.body) };
}
