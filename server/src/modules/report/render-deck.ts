import { REPORT_LABELS, fillLabel, formatReportDate, formatReportNumber, type ReportLabels, type ReportModel } from '@omcheck/shared';
import { COLOR, CONTENT, CONTENT_W, MARGIN, type DeckContext, type TextOptions, type TextRun, contentSlide, defineMaster, formatScore, newPresentation, mirrorX, tableRow, textOptions, truncate } from './deck-kit.js';
import { consensusSlide } from './deck-consensus-slide.js';
import { actionPlanSlide, agendaSlide, perceptionGapSlide, recommendationsSlide } from './deck-plan-slides.js';

/** Persian needs a font with Arabic script; it is named, not embedded (readers substitute). */
const FONT = { latin: 'Calibri', persian: 'Vazirmatn' } as const;

/**
 * Renders a report as an editable PowerPoint deck (16:9): title, summary, the radar as a native
 * chart, dimension scores, the team's perception gaps and agenda (team check-ups only), the
 * workshop consensus (when recorded), top recommendations and the action plan. Every word comes from the model or `REPORT_LABELS`;
 * Persian is laid out right to left.
 */
export async function renderDeck(model: ReportModel): Promise<Buffer> {
  const pres = newPresentation();
  const rtl = model.direction === 'rtl';
  const labels = REPORT_LABELS[model.locale];
  // A middle dot reads as the Persian zero (۰) next to Persian digits: Persian lists take its comma.
  const separator = rtl ? '، ' : ' · ';
  const ctx: DeckContext = {
    pres, model, labels, rtl, separator, font: rtl ? FONT.persian : FONT.latin,
    footer: `${labels.documentTitle}${separator}${organisationLine(model, labels)}`,
  };
  pres.layout = 'LAYOUT_16x9';
  pres.rtlMode = rtl;
  pres.theme = { headFontFace: ctx.font, bodyFontFace: ctx.font };
  pres.title = ctx.labels.documentTitle;
  pres.subject = organisationLine(model, labels);
  pres.company = 'OM Check-up';
  defineMaster(ctx);

  titleSlide(ctx);
  summarySlide(ctx);
  radarSlide(ctx);
  scoresSlide(ctx);
  if (model.team) {
    perceptionGapSlide(ctx, model.team);
    if (model.team.agenda.length > 0) agendaSlide(ctx, model.team);
  }
  if (model.consensus) consensusSlide(ctx, model.consensus);
  recommendationsSlide(ctx);
  actionPlanSlide(ctx);

  // `stream` is `write({ outputType: 'nodebuffer' })` that honours `compression` (pptxgenjs 4.0.1's
  // `write` drops it for Node output types): deflated, a deck is ~6× smaller than stored.
  const output = await pres.stream({ compression: true });
  if (!Buffer.isBuffer(output)) throw new Error('pptxgenjs did not return a Node buffer');
  return output;
}

/** The organisation, or what kind of result this is when it has no organisation. */
function organisationLine(model: ReportModel, labels: ReportLabels): string {
  return model.meta.organizationName ?? (model.meta.kind === 'SELF' ? labels.selfAssessment : labels.checkup);
}

function titleSlide(ctx: DeckContext): void {
  const { labels, model } = ctx;
  const slide = ctx.pres.addSlide();
  slide.background = { color: COLOR.navy };
  slide.addShape('rect', { x: mirrorX(ctx, MARGIN, 0.08), y: 1.2, w: 0.08, h: 2.9, fill: { color: COLOR.teal } });
  const x = MARGIN + (ctx.rtl ? 0 : 0.35);
  const w = CONTENT_W - 0.35;
  const line = (text: string, y: number, h: number, fontSize: number, over: TextOptions = {}): void => {
    slide.addText(text, textOptions(ctx, { x, y, w, h, fontSize, color: COLOR.white, fit: 'shrink', ...over }));
  };
  if (model.meta.organizationName) line(model.meta.kind === 'SELF' ? labels.selfAssessment : labels.checkup, 1.2, 0.35, 14, { color: 'A8DADC' });
  line(labels.documentTitle, 1.55, 0.9, 32, { bold: true, valign: 'middle' });
  line(truncate(organisationLine(model, labels), 70), 2.5, 0.55, 24);
  if (model.meta.assessmentTitle) line(truncate(model.meta.assessmentTitle, 90), 3.05, 0.45, 16, { color: 'DDE6F2' });
  const respondents = `${labels.respondents}: ${formatReportNumber(model.meta.respondentCount, model.locale)}`;
  line(`${fillLabel(labels.scoredOn, { date: formatReportDate(model.meta.scoredAt, model.locale) })}${ctx.separator}${respondents}`, 3.6, 0.4, 14, { color: 'DDE6F2' });
  line(`${labels.questionnaire}: ${truncate(model.meta.questionnaireTitle, 80)} (${model.meta.questionnaireVersion})`, 4.8, 0.3, 10, { color: 'B8C7DB' });
}

function summarySlide(ctx: DeckContext): void {
  const { labels, model } = ctx;
  const { summary } = model;
  const slide = contentSlide(ctx, labels.summary);
  const cardW = 3.0;
  const cardX = mirrorX(ctx, MARGIN, cardW);
  slide.addShape('rect', { x: cardX, y: CONTENT.top, w: cardW, h: 3.95, fill: { color: COLOR.soft } });
  const centred = (text: string, y: number, h: number, over: TextOptions): void => {
    slide.addText(text, textOptions(ctx, { x: cardX + 0.15, y, w: cardW - 0.3, h, align: 'center', valign: 'middle', fit: 'shrink', ...over }));
  };
  centred(labels.overallScore, CONTENT.top + 0.2, 0.4, { fontSize: 14, color: COLOR.muted });
  centred(formatScore(ctx, summary.overallScore), CONTENT.top + 0.6, 1.3, { fontSize: 66, bold: true, color: COLOR.navy });
  centred(labels.outOf100, CONTENT.top + 1.9, 0.35, { fontSize: 13, color: COLOR.muted });
  centred(labels.maturityLevel, CONTENT.top + 2.5, 0.35, { fontSize: 12, color: COLOR.muted });
  const level = summary.maturityLevel === null ? labels.noScore : `${formatScore(ctx, summary.maturityLevel)}${ctx.separator}${summary.maturityLabel ?? ''}`;
  centred(level, CONTENT.top + 2.85, 0.8, { fontSize: 16, bold: true, color: COLOR.navyDark });

  const factsX = mirrorX(ctx, MARGIN + cardW + 0.35, CONTENT_W - cardW - 0.35);
  slide.addText(summaryFacts(ctx), textOptions(ctx, { x: factsX, y: CONTENT.top, w: CONTENT_W - cardW - 0.35, h: 3.95, fontSize: 13, fit: 'shrink' }));
}

/** The summary's facts as label/value paragraphs: holism, customer focus, extremes, flags, confidence. */
function summaryFacts(ctx: DeckContext): TextRun[] {
  const { labels } = ctx;
  const { summary } = ctx.model;
  const areas = (refs: typeof summary.strongest): string => refs.map((r) => `${truncate(r.title, 45)} (${formatScore(ctx, r.score)})`).join(ctx.separator) || labels.noScore;
  const fact = (label: string, value: string): TextRun[] => [
    { text: label, options: { fontSize: 11, color: COLOR.muted, breakLine: true, paraSpaceBefore: 6 } },
    { text: value, options: { fontSize: 14, bold: true, color: COLOR.text, breakLine: true } },
  ];
  const stage = `${fillLabel(labels.stageOf4, { stage: formatScore(ctx, summary.customerFocusStage) })}${ctx.separator}${summary.customerFocusLabel}`;
  const facts = [
    ...fact(labels.holismIndex, formatScore(ctx, summary.holismIndex)),
    ...fact(labels.customerFocusStage, stage),
    ...fact(labels.strongest, areas(summary.strongest)),
    ...fact(labels.weakest, areas(summary.weakest)),
  ];
  if (summary.flags.length > 0) {
    facts.push({ text: labels.flags, options: { fontSize: 11, color: COLOR.muted, breakLine: true, paraSpaceBefore: 6 } });
    for (const flag of summary.flags.slice(0, 3)) facts.push({ text: truncate(flag.message, 120), options: { fontSize: 11, bullet: true, breakLine: true } });
  }
  if (summary.confidence) facts.push({ text: labels.confidence[summary.confidence], options: { fontSize: 10, italic: true, color: COLOR.muted, paraSpaceBefore: 8 } });
  return facts;
}

/**
 * The radar as a native chart, editable in PowerPoint. A missing value (a dimension with too few
 * answers, a dimension without a target) is a blank point drawn as a gap, never as a 0 that would
 * read as a real score; a target or previous series with no value at all is left out.
 */
function radarSlide(ctx: DeckContext): void {
  const { labels, model } = ctx;
  const slide = contentSlide(ctx, labels.profile);
  const categories = model.radar.map((axis) => truncate(axis.title, 48));
  const series = [
    { name: labels.score, values: model.radar.map((axis) => axis.score), color: COLOR.navy },
    { name: labels.target, values: model.radar.map((axis) => axis.target), color: COLOR.teal },
    { name: labels.previous, values: model.radar.map((axis) => axis.previous), color: COLOR.grey },
  ].filter((s, i) => i === 0 || s.values.some((v) => v !== null));
  slide.addChart(ctx.pres.ChartType.radar, series.map((s) => ({ name: s.name, labels: categories, values: s.values })), {
    x: MARGIN, y: CONTENT.top - 0.05, w: CONTENT_W, h: CONTENT.bottom - CONTENT.top + 0.05,
    radarStyle: 'marker', displayBlanksAs: 'gap', chartColors: series.map((s) => s.color), lineSize: 2, lineDataSymbolSize: 6,
    valAxisMinVal: 0, valAxisMaxVal: 100, valAxisMajorUnit: 25, valAxisLabelFontSize: 8, valAxisLabelColor: COLOR.muted,
    catAxisLabelFontFace: ctx.font, catAxisLabelFontSize: 10, catAxisLabelColor: COLOR.text,
    showLegend: series.length > 1, legendPos: 'b', legendFontFace: ctx.font, legendFontSize: 10,
    lang: ctx.rtl ? 'fa-IR' : model.locale,
    altText: `${labels.profile}: ${model.radar.map((a) => `${a.title} ${formatScore(ctx, a.score)}`).join(', ')}`,
  });
}

function scoresSlide(ctx: DeckContext): void {
  const { labels, model } = ctx;
  const slide = contentSlide(ctx, labels.profileTable);
  const withPrevious = model.radar.some((axis) => axis.previous !== null);
  const number = { align: 'center' as const };
  const header = tableRow(ctx, true, [
    { text: labels.dimension }, { text: labels.score, options: number }, { text: labels.target, options: number },
    ...(withPrevious ? [{ text: labels.previous, options: number }] : []),
  ]);
  const rows = model.radar.map((axis) => tableRow(ctx, false, [
    { text: truncate(axis.title, 70) },
    { text: formatScore(ctx, axis.score), options: { ...number, bold: true, color: COLOR.navy } },
    { text: formatScore(ctx, axis.target), options: number },
    ...(withPrevious ? [{ text: formatScore(ctx, axis.previous), options: number }] : []),
  ]));
  const numberW = withPrevious ? 1.3 : 1.5;
  const colW = [CONTENT_W - numberW * (withPrevious ? 3 : 2), numberW, numberW, ...(withPrevious ? [numberW] : [])];
  const rowH = Math.min(0.45, (CONTENT.bottom - CONTENT.top) / (rows.length + 1));
  slide.addTable([header, ...rows], { x: MARGIN, y: CONTENT.top, w: CONTENT_W, colW: ctx.rtl ? [...colW].reverse() : colW, rowH });
}
