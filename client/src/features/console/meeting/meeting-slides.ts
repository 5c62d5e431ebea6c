import { REPORT_LABELS, fillLabel, formatReportNumber, type ReportLabels, type ReportModel, type ReportRecommendation } from '@omcheck/shared/report';

/** The kinds of slide meeting mode shows, in this order. */
export type SlideKind = 'title' | 'summary' | 'radar' | 'gaps' | 'consensus' | 'recommendation' | 'plan';

export interface Slide {
  /** Stable across refetches (the recommendation id for recommendation slides), for keeping one's place. */
  key: string;
  kind: SlideKind;
  /** In the report's language, like everything on a slide. */
  title: string;
  /** Presenter notes, in the report's language: talking points, discussion prompts, steps. */
  notes: string[];
  recommendationId?: string;
}

/** Meeting mode discusses at most this many recommendations one by one; the rest are in the report. */
export const TOP_RECOMMENDATIONS = 5;

/** The recommendations that get a slide: not dismissed, in the report's priority order. */
export function topRecommendations(report: ReportModel): ReportRecommendation[] {
  return report.recommendations.filter((r) => r.status !== 'DISMISSED').slice(0, TOP_RECOMMENDATIONS);
}

/** Accepted and done recommendations: what the action plan slide lists. */
export function planRecommendations(report: ReportModel): ReportRecommendation[] {
  return report.recommendations.filter((r) => r.status === 'ACCEPTED' || r.status === 'DONE');
}

function summaryNotes(report: ReportModel, labels: ReportLabels): string[] {
  const { summary } = report;
  const num = (value: number): string => formatReportNumber(value, report.locale);
  const notes: string[] = [];
  if (summary.overallScore !== null) notes.push(`${labels.overallScore}: ${num(Math.round(summary.overallScore))} ${labels.outOf100}`);
  if (summary.maturityLabel) notes.push(`${labels.maturityLevel}: ${summary.maturityLabel}`);
  if (summary.holdsTogether) notes.push(labels.holdsTogether);
  if (summary.holismStrong.length > 0) notes.push(`${labels.strongParts}: ${summary.holismStrong.join(', ')}`);
  if (summary.holismWeak.length > 0) notes.push(`${labels.weakParts}: ${summary.holismWeak.join(', ')}`);
  for (const flag of summary.flags) notes.push(`${labels.flags}: ${flag.message}`);
  return notes;
}

/** Each agenda line's discussion prompt, filled in the report's language. */
export function agendaNotes(report: ReportModel, labels: ReportLabels = REPORT_LABELS[report.locale]): string[] {
  const levels = (value: number): string => formatReportNumber(value, report.locale, 1);
  return (report.team?.agenda ?? []).map((item) => {
    const prompt = fillLabel(labels.agendaPrompts[item.discussion], {
      roleA: labels.roles[item.groupA.group],
      roleB: labels.roles[item.groupB.group],
      levelA: levels(item.groupA.meanLevel),
      levelB: levels(item.groupB.meanLevel),
      role: labels.roles[item.groupA.group],
      spread: levels(Math.max(item.groupA.spread, item.groupB.spread)),
    });
    return `${item.prompt} — ${prompt}`;
  });
}

/** Each agreed answer of a workshop, with the note recorded for it: what the room decided and why. */
export function consensusNotes(report: ReportModel, labels: ReportLabels = REPORT_LABELS[report.locale]): string[] {
  // The note is what someone typed: isolated (U+2068…U+2069), so its direction cannot reorder the line.
  return (report.consensus?.answers ?? []).map((a) => `${a.prompt} — ${a.answer}${a.note ? ` (${labels.consensus.note}: \u2068${a.note}\u2069)` : ''}`);
}

function recommendationNotes(rec: ReportRecommendation, labels: ReportLabels): string[] {
  return [`${rec.dimensionTitle} · ${labels.horizon[rec.horizon]}`, rec.body, ...rec.steps].filter((line) => line.trim() !== '');
}

/**
 * The slides of meeting mode, built from the same report model as the web report, PDF and deck:
 * title, summary, radar, perception gaps (team check-ups only), the workshop consensus (when
 * recorded), one slide per top recommendation, and the action plan.
 */
export function buildSlides(report: ReportModel): Slide[] {
  const labels = REPORT_LABELS[report.locale];
  const slides: Slide[] = [
    { key: 'title', kind: 'title', title: report.meta.assessmentTitle ?? labels.documentTitle, notes: [labels.documentTitle] },
    { key: 'summary', kind: 'summary', title: labels.summary, notes: summaryNotes(report, labels) },
    {
      key: 'radar',
      kind: 'radar',
      title: labels.profile,
      notes: report.summary.weakest.map((d) => `${labels.weakest}: ${d.title}`),
    },
  ];
  if (report.team && (report.team.dimensionGaps.length > 0 || report.team.agenda.length > 0)) {
    slides.push({ key: 'gaps', kind: 'gaps', title: labels.perceptionGaps, notes: agendaNotes(report, labels) });
  }
  if (report.consensus) slides.push({ key: 'consensus', kind: 'consensus', title: labels.consensus.title, notes: consensusNotes(report, labels) });
  for (const rec of topRecommendations(report)) {
    slides.push({ key: `rec-${rec.id}`, kind: 'recommendation', title: rec.title, notes: recommendationNotes(rec, labels), recommendationId: rec.id });
  }
  slides.push({ key: 'plan', kind: 'plan', title: labels.actionPlan, notes: [] });
  return slides;
}

/** Where to stay after the slides are rebuilt (a refetch, another language): the same slide by key, else the nearest index. */
export function keepPlace(slides: readonly Slide[], previousKey: string | null, previousIndex: number): number {
  const found = previousKey === null ? -1 : slides.findIndex((s) => s.key === previousKey);
  if (found >= 0) return found;
  return Math.max(0, Math.min(previousIndex, slides.length - 1));
}
