import fs from 'node:fs';
import path from 'node:path';
import { isLocale, type Locale } from '@omcheck/shared';
import { downloadName } from '../files/download-name.js';
import { isCheckupFileFormat, renderCheckupFile } from '../modules/exchange/checkup-files.js';
import type { PreparedReport } from '../modules/report/report.service.js';
import { renderDeck } from '../modules/report/render-deck.js';
import { renderReportHtml } from '../modules/report/render-html.js';
import { reportFontCss } from '../modules/report/report-fonts.js';
import type { Services } from '../services.js';
import { parseFlags } from './user-create.js';

/** One way to write a prepared report to bytes, per `--format`. */
type Writer = (services: Services, report: PreparedReport) => Promise<Buffer>;

const REPORT_WRITERS: Record<string, Writer> = {
  pdf: (services, report) => services.pdf.render(renderReportHtml(report.model, { fontCss: reportFontCss() })),
  pptx: (_services, report) => renderDeck(report.model),
};

/** The renderings of the report model, then the check-up files of modules/exchange. */
const FORMATS = ['pdf', 'pptx', 'csv', 'json'] as const;

export interface ReportCommand {
  assessmentId: string;
  format: string;
  locale: Locale | null;
  out: string;
}

/** `report <assessmentId> --format pdf|pptx|csv|json --locale fa --out FILE`; throws with a clear message. */
export function parseReportCommand(args: readonly string[]): ReportCommand {
  const [assessmentId, ...options] = args;
  if (!assessmentId || assessmentId.startsWith('--')) throw new Error('Give the check-up id first: omcheck report <assessmentId> --format pdf --out report.pdf');
  const flags = parseFlags(options, ['format', 'locale', 'out']);
  const format = flags.format ?? 'pdf';
  if (!(FORMATS as readonly string[]).includes(format)) throw new Error(`Unknown format "${format}": use ${FORMATS.join(', ')}.`);
  if (flags.locale !== undefined && !isLocale(flags.locale)) throw new Error(`Unknown locale "${flags.locale}": use en, it, nl or fa.`);
  return { assessmentId, format, locale: (flags.locale as Locale | undefined) ?? null, out: flags.out ?? '' };
}

/** Writes the report or the check-up file; the file name defaults to the client's name and the date. */
export async function writeReport(services: Services, command: ReportCommand): Promise<{ file: string; bytes: number }> {
  if (isCheckupFileFormat(command.format)) {
    const exported = await services.exchange.exportAsSystem(command.assessmentId, command.locale, new Date());
    const rendered = await renderCheckupFile(command.format, exported);
    const file = path.resolve(command.out || downloadName(exported.clientName, exported.exportedAt, rendered.extension).unicode);
    fs.writeFileSync(file, rendered.body);
    return { file, bytes: Buffer.byteLength(rendered.body) };
  }
  const report = await services.reports.forOperator(command.assessmentId, command.locale);
  const bytes = await REPORT_WRITERS[command.format]!(services, report);
  const file = path.resolve(command.out || downloadName(report.clientName, report.scoredAt, command.format).unicode);
  fs.writeFileSync(file, bytes);
  return { file, bytes: bytes.length };
}
