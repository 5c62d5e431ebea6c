import { fillLabel, formatReportDate, type ReportModel, type ReportRecommendation, type ReportTeam } from '@omcheck/shared';
import { COLOR, CONTENT, CONTENT_W, MARGIN, type DeckContext, type Slide, contentSlide, formatScore, mirrorX, tableRow, textOptions, truncate } from './deck-kit.js';

/** A slide reads at a glance: at most five gaps, agenda points and recommendations. */
export const DECK_TOP_N = 5;
/** Action-plan rows that fit one slide at a legible size; the rest is counted, not dropped silently. */
export const ACTION_ROWS = 9;

/** Team check-ups: the groups shown and the largest dimension gaps between two of them. */
export function perceptionGapSlide(ctx: DeckContext, team: ReportTeam): void {
  const { labels } = ctx;
  const slide = contentSlide(ctx, `${labels.team}: ${labels.perceptionGaps}`);
  const groups = team.groups.map((g) => `${labels.roles[g.group]} (${formatScore(ctx, g.respondentCount)} ${labels.people})`).join(ctx.separator);
  slide.addText(`${labels.groupScores}: ${groups}`, textOptions(ctx, { x: MARGIN, y: CONTENT.top, w: CONTENT_W, h: 0.4, fontSize: 12, color: COLOR.muted, fit: 'shrink' }));
  const side = (group: ReportTeam['dimensionGaps'][number]['groupA'], score: number): string => `${labels.roles[group]}: ${formatScore(ctx, score)}`;
  const centre = { align: 'center' as const };
  const rows = [
    tableRow(ctx, true, [{ text: labels.dimension }, { text: labels.groupScores, options: { colspan: 2, ...centre } }, { text: labels.gap, options: centre }]),
    ...team.dimensionGaps.slice(0, DECK_TOP_N).map((gap) => tableRow(ctx, false, [
      { text: truncate(gap.title, 60) },
      { text: side(gap.groupA, gap.scoreA), options: centre },
      { text: side(gap.groupB, gap.scoreB), options: centre },
      { text: formatScore(ctx, gap.gap), options: { ...centre, bold: true, color: COLOR.navy } },
    ])),
  ];
  const colW = [3.7, 2.1, 2.1, 1.2];
  slide.addTable(rows, { x: MARGIN, y: CONTENT.top + 0.55, w: CONTENT_W, colW: ctx.rtl ? [...colW].reverse() : colW, rowH: 0.45 });
}

/** The agenda's discussion prompt with both groups and their mean levels, as the console writes it. */
export function agendaDiscussion(ctx: DeckContext, item: ReportTeam['agenda'][number]): string {
  const { labels } = ctx;
  const wide = item.groupA.spread >= item.groupB.spread ? item.groupA : item.groupB;
  return fillLabel(labels.agendaPrompts[item.discussion], {
    roleA: labels.roles[item.groupA.group],
    levelA: formatScore(ctx, item.groupA.meanLevel, 1),
    roleB: labels.roles[item.groupB.group],
    levelB: formatScore(ctx, item.groupB.meanLevel, 1),
    role: labels.roles[wide.group],
    spread: formatScore(ctx, wide.spread, 1),
  });
}

/** Team check-ups with an agenda: up to five questions to talk through, each with the conversation it calls for. */
export function agendaSlide(ctx: DeckContext, team: ReportTeam): void {
  const slide = contentSlide(ctx, ctx.labels.agenda);
  const items = team.agenda.slice(0, DECK_TOP_N);
  const h = (CONTENT.bottom - CONTENT.top) / Math.max(items.length, 3);
  items.forEach((item, i) => {
    const y = CONTENT.top + i * h;
    rankBadge(ctx, slide, i + 1, y);
    slide.addText([
      { text: truncate(item.prompt, 150), options: { bold: true, fontSize: 12, breakLine: true } },
      { text: `${truncate(item.dimensionTitle, 60)}${ctx.separator}${ctx.labels.gap} ${formatScore(ctx, item.gap)}`, options: { fontSize: 9, color: COLOR.teal, breakLine: true } },
      { text: truncate(agendaDiscussion(ctx, item), 240), options: { fontSize: 10, color: COLOR.muted } },
    ], textOptions(ctx, { x: mirrorX(ctx, MARGIN + 0.55, CONTENT_W - 0.55), y, w: CONTENT_W - 0.55, h: h - 0.06, fit: 'shrink' }));
  });
}

/** The recommendations the client will act on: accepted and proposed first, never dismissed ones. */
export function topRecommendations(model: ReportModel): ReportRecommendation[] {
  return model.recommendations.filter((r) => r.status !== 'DISMISSED').slice(0, DECK_TOP_N);
}

/** Up to five recommendations: title, dimension, horizon, status and the start of the body. */
export function recommendationsSlide(ctx: DeckContext): void {
  const { labels } = ctx;
  const slide = contentSlide(ctx, labels.topRecommendations);
  const items = topRecommendations(ctx.model);
  if (items.length === 0) return emptyNote(ctx, slide, labels.noRecommendations);
  const h = (CONTENT.bottom - CONTENT.top) / Math.max(items.length, 3);
  items.forEach((rec, i) => {
    const y = CONTENT.top + i * h;
    rankBadge(ctx, slide, i + 1, y);
    const meta = [rec.dimensionTitle, labels.horizon[rec.horizon], labels.status[rec.status], ...(rec.handWritten ? [labels.handWritten] : [])];
    slide.addText([
      { text: truncate(rec.title, 90), options: { bold: true, fontSize: 13, color: COLOR.navyDark, breakLine: true } },
      { text: meta.map((m) => truncate(m, 50)).join(ctx.separator), options: { fontSize: 9, color: COLOR.teal, breakLine: true } },
      { text: truncate(rec.body, 170), options: { fontSize: 10, color: COLOR.muted } },
    ], textOptions(ctx, { x: mirrorX(ctx, MARGIN + 0.55, CONTENT_W - 0.55), y, w: CONTENT_W - 0.55, h: h - 0.06, fit: 'shrink' }));
  });
}

/** Accepted and done recommendations with their action items: who does what by when. */
export function actionPlanSlide(ctx: DeckContext): void {
  const { labels, model } = ctx;
  const slide = contentSlide(ctx, labels.actionPlan);
  const lines = model.recommendations
    .filter((r) => r.status === 'ACCEPTED' || r.status === 'DONE')
    .flatMap((rec) => rec.actionItems.map((item, i) => ({ recommendation: i === 0 ? rec.title : '', item })));
  if (lines.length === 0) return emptyNote(ctx, slide, labels.noActionItems);
  const centre = { align: 'center' as const };
  const rows = [
    tableRow(ctx, true, [{ text: labels.recommendations }, { text: labels.actionItem }, { text: labels.owner }, { text: labels.dueDate, options: centre }, { text: labels.done, options: centre }]),
    ...lines.slice(0, ACTION_ROWS).map(({ recommendation, item }) => tableRow(ctx, false, [
      { text: truncate(recommendation, 60), options: { bold: true, fontSize: 10 } },
      { text: truncate(item.title, 80), options: { fontSize: 10 } },
      { text: truncate(item.owner ?? labels.noScore, 30), options: { fontSize: 10 } },
      { text: item.dueDate ? formatReportDate(item.dueDate, model.locale) : labels.noScore, options: { ...centre, fontSize: 10 } },
      { text: item.done ? '✓' : labels.open, options: { ...centre, fontSize: 10, color: item.done ? COLOR.teal : COLOR.muted } },
    ])),
  ];
  const colW = [2.6, 2.6, 1.4, 1.6, 0.9];
  slide.addTable(rows, { x: MARGIN, y: CONTENT.top, w: CONTENT_W, colW: ctx.rtl ? [...colW].reverse() : colW, rowH: 0.38 });
  const more = lines.length - ACTION_ROWS;
  if (more > 0) slide.addText(`+${formatScore(ctx, more)}`, textOptions(ctx, { x: MARGIN, y: CONTENT.bottom - 0.3, w: CONTENT_W, h: 0.3, fontSize: 10, color: COLOR.muted }));
}

function rankBadge(ctx: DeckContext, slide: Slide, rank: number, y: number): void {
  slide.addText(formatScore(ctx, rank), {
    shape: 'ellipse', x: mirrorX(ctx, MARGIN, 0.4), y: y + 0.03, w: 0.4, h: 0.4, fill: { color: COLOR.navy },
    color: COLOR.white, bold: true, fontSize: 14, fontFace: ctx.font, align: 'center', valign: 'middle', margin: 0,
  });
}

function emptyNote(ctx: DeckContext, slide: Slide, text: string): void {
  slide.addText(text, textOptions(ctx, { x: MARGIN, y: CONTENT.top + 0.2, w: CONTENT_W, h: 0.5, fontSize: 16, color: COLOR.muted }));
}
