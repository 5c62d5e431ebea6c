import { fillLabel, formatReportNumber, formatScoreDifference, type ReportConsensus } from '@omcheck/shared';
import { COLOR, CONTENT, CONTENT_W, MARGIN, type DeckContext, contentSlide, formatScore, tableRow, textOptions, truncate } from './deck-kit.js';

/** A workshop's consensus: each area's score from the agreed answers beside the individual answers'. */
export function consensusSlide(ctx: DeckContext, consensus: ReportConsensus): void {
  const { labels, model } = ctx;
  const slide = contentSlide(ctx, labels.consensus.title);
  const intro = fillLabel(labels.consensus.intro, { count: formatReportNumber(consensus.answeredCount, model.locale) });
  const overall = `${labels.consensus.score}: ${formatScore(ctx, consensus.overallScore)}${ctx.separator}${labels.consensus.individual}: ${formatScore(ctx, model.summary.overallScore)}`;
  slide.addText(`${intro} ${overall}`, textOptions(ctx, { x: MARGIN, y: CONTENT.top, w: CONTENT_W, h: 0.5, fontSize: 12, color: COLOR.muted, fit: 'shrink' }));
  const centre = { align: 'center' as const };
  const rows = [
    tableRow(ctx, true, [{ text: labels.dimension }, { text: labels.consensus.score, options: centre }, { text: labels.consensus.individual, options: centre }, { text: labels.consensus.difference, options: centre }]),
    ...consensus.dimensions.map((d) => tableRow(ctx, false, [
      { text: truncate(d.title, 60) },
      { text: formatScore(ctx, d.consensus), options: { ...centre, bold: true, color: COLOR.navy } },
      { text: formatScore(ctx, d.individual), options: centre },
      { text: formatScoreDifference(d.difference, model.locale, labels.noScore), options: centre },
    ])),
  ];
  const colW = [4.1, 1.9, 1.9, 1.2];
  const rowH = Math.min(0.42, (CONTENT.bottom - CONTENT.top - 0.6) / rows.length);
  slide.addTable(rows, { x: MARGIN, y: CONTENT.top + 0.6, w: CONTENT_W, colW: ctx.rtl ? [...colW].reverse() : colW, rowH });
}
