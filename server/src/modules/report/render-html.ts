import {
  REPORT_LABELS, fillLabel, formatReportDate, formatReportScore, formatScoreDifference,
  type ReportLabels, type ReportModel, type ReportRecommendation, type RoleGroupKey,
} from '@omcheck/shared';
import { escapeCssString, escapeHtml as esc } from './html.js';
import { radarSvg } from './radar-svg.js';
import { REPORT_CSS } from './report-css.js';

export interface HtmlReportOptions {
  /** `@font-face` rules for the shipped fonts (data: URLs, so nothing is fetched). */
  fontCss: string;
  /** Web report only: where the PDF of this report is (absent in the PDF itself). */
  pdfHref?: string;
  /** Web report only: the script that wires the print button (CSP allows no inline script). */
  scriptSrc?: string;
}

/** The report as one self-contained, print-ready HTML page (A4), the same for the web and the PDF. */
export function renderReportHtml(model: ReportModel, options: HtmlReportOptions): string {
  const t = REPORT_LABELS[model.locale];
  const n = (value: number | null, digits = 0): string => formatReportScore(value, model.locale, digits);
  const kind = model.meta.kind === 'SELF' ? t.selfAssessment : t.checkup;
  const client = model.meta.organizationName ?? kind;
  const date = formatReportDate(model.meta.scoredAt, model.locale);
  // Names people typed keep their own direction inside a right-to-left page (first-strong isolates).
  const heading = [client, model.meta.assessmentTitle, date].filter(Boolean).map((part) => `\u2068${part}\u2069`).join(' · ');
  const pageCounter = model.locale === 'fa' ? 'counter(page, persian)' : 'counter(page)';
  const start = model.direction === 'rtl' ? 'right' : 'left';
  const end = model.direction === 'rtl' ? 'left' : 'right';
  const pageCss = `@page { size: A4; margin: 20mm 16mm 18mm;
    @top-${start} { content: "${escapeCssString(heading)}"; }
    @bottom-${end} { content: "${escapeCssString(t.page)} " ${pageCounter}; } }`;
  const toolbar = options.pdfHref
    ? `<nav class="toolbar no-print" aria-label="${esc(t.documentTitle)}"><a class="button" href="${esc(options.pdfHref)}">${esc(t.downloadPdf)}</a><button type="button" class="button secondary" data-print>${esc(t.print)}</button></nav>`
    : '';
  return `<!doctype html>
<html lang="${model.locale}" dir="${model.direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(`${t.documentTitle} — ${client}`)}</title>
<style>${options.fontCss}${REPORT_CSS}${pageCss}</style>
${options.scriptSrc ? `<script src="${esc(options.scriptSrc)}" defer></script>` : ''}
</head>
<body>
${toolbar}
<main>
${cover(model, t, kind, client, date, n)}
${summary(model, t, n)}
${dimensions(model, t, n)}
${team(model, t, n)}
${consensus(model, t, n)}
${recommendations(model, t, n)}
${appendix(model, t, n)}
</main>
</body>
</html>`;
}

type Num = (value: number | null, digits?: number) => string;

function cover(model: ReportModel, t: ReportLabels, kind: string, client: string, date: string, n: Num): string {
  return `<header class="cover">
  <p class="eyebrow">${esc(t.documentTitle)} · ${esc(kind)}</p>
  <h1><bdi>${esc(client)}</bdi></h1>
  ${model.meta.assessmentTitle ? `<p class="subtitle"><bdi>${esc(model.meta.assessmentTitle)}</bdi></p>` : ''}
  <dl class="facts">
    <div><dt>${esc(t.questionnaire)}</dt><dd>${esc(model.meta.questionnaireTitle)} ${esc(model.meta.questionnaireVersion)}</dd></div>
    <div><dt>${esc(t.respondents)}</dt><dd>${n(model.meta.respondentCount)}</dd></div>
    <div><dt>${esc(fillLabel(t.scoredOn, { date: '' }).trim())}</dt><dd>${esc(date)}</dd></div>
  </dl>
</header>`;
}

function summary(model: ReportModel, t: ReportLabels, n: Num): string {
  const s = model.summary;
  const dimensionList = (items: ReportModel['summary']['strongest']): string =>
    items.length === 0 ? `<p class="muted">${t.noScore}</p>` : `<ul>${items.map((d) => `<li>${esc(d.title)} <span class="num">${n(d.score)}</span></li>`).join('')}</ul>`;
  const holism = s.holdsTogether
    ? `<p>${esc(t.holdsTogether)}</p>`
    : [s.holismStrong.length ? `<p><strong>${esc(t.strongParts)}:</strong> ${esc(s.holismStrong.join(', '))}</p>` : '', s.holismWeak.length ? `<p><strong>${esc(t.weakParts)}:</strong> ${esc(s.holismWeak.join(', '))}</p>` : ''].join('');
  const hasTarget = model.radar.some((a) => a.target !== null);
  const hasPrevious = model.radar.some((a) => a.previous !== null);
  const rows = model.radar
    .map((a) => `<tr><th scope="row">${esc(a.title)}</th><td class="num">${n(a.score)}</td>${hasTarget ? `<td class="num">${n(a.target)}</td>` : ''}${hasPrevious ? `<td class="num">${n(a.previous)}</td>` : ''}</tr>`)
    .join('');
  const radar = radarSvg(
    model.radar.map((a) => a.title),
    [
      { className: 'previous', values: model.radar.map((a) => a.previous) },
      { className: 'target', values: model.radar.map((a) => a.target) },
      { className: 'score', values: model.radar.map((a) => a.score) },
    ],
    model.direction,
  );
  const legend = [hasTarget ? `<span class="key target">${esc(t.target)}</span>` : '', hasPrevious ? `<span class="key previous">${esc(t.previous)}</span>` : ''].join('');
  return `<section class="summary" aria-labelledby="summary-title">
  <h2 id="summary-title">${esc(t.summary)}</h2>
  <div class="kpis">
    <div class="kpi main"><span class="label">${esc(t.overallScore)}</span><span class="value">${n(s.overallScore)}</span><span class="unit">${esc(t.outOf100)}</span></div>
    <div class="kpi"><span class="label">${esc(t.maturityLevel)}</span><span class="value">${n(s.maturityLevel)}</span><span class="unit">${esc(s.maturityLabel ?? '')}</span></div>
    <div class="kpi"><span class="label">${esc(t.holismIndex)}</span><span class="value">${n(s.holismIndex)}</span><span class="unit">${esc(t.outOf100)}</span></div>
    <div class="kpi"><span class="label">${esc(t.customerFocusStage)}</span><span class="value">${n(s.customerFocusStage)}</span><span class="unit">${esc(s.customerFocusLabel)}</span></div>
  </div>
  ${s.confidence ? `<p class="confidence">${esc(t.confidence[s.confidence])}</p>` : ''}
  <div class="columns">
    <div><h3>${esc(t.strongest)}</h3>${dimensionList(s.strongest)}</div>
    <div><h3>${esc(t.weakest)}</h3>${dimensionList(s.weakest)}</div>
  </div>
  ${holism}
  ${s.flags.length ? `<div class="flags"><h3>${esc(t.flags)}</h3><ul>${s.flags.map((f) => `<li class="flag ${f.severity.toLowerCase()}">${esc(f.message)}</li>`).join('')}</ul></div>` : ''}
  <h3>${esc(t.profile)}</h3>
  <div class="profile">
    <figure>${radar}<figcaption>${legend}</figcaption></figure>
    <table><caption>${esc(t.profileTable)}</caption><thead><tr><th scope="col">${esc(t.dimension)}</th><th scope="col">${esc(t.score)}</th>${hasTarget ? `<th scope="col">${esc(t.target)}</th>` : ''}${hasPrevious ? `<th scope="col">${esc(t.previous)}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table>
  </div>
</section>`;
}

function dimensions(model: ReportModel, t: ReportLabels, n: Num): string {
  const pages = model.dimensions
    .map((d) => {
      const bar = d.score === null ? '' : `<div class="bar ${d.band ?? ''}" aria-hidden="true"><span style="inline-size:${Math.round(d.score)}%"></span>${d.target !== null ? `<i style="inset-inline-start:${Math.round(d.target)}%"></i>` : ''}</div>`;
      const weakest = d.weakestQuestions.length
        ? `<h4>${esc(t.whereToStart)}</h4><ol>${d.weakestQuestions.map((q) => `<li>${esc(q.prompt)} <span class="num">${n(q.score)}</span></li>`).join('')}</ol>`
        : '';
      return `<article class="dimension">
    <h3>${esc(d.title)} <span class="score">${n(d.score)}</span></h3>
    ${bar}
    <p>${esc(d.description)}</p>
    <p class="muted">${esc(t.answered)}: ${n(Math.round(d.coverage * 100))}%${d.target !== null ? ` · ${esc(t.target)}: ${n(d.target)}` : ''}</p>
    ${d.insufficientData ? `<p class="warning">${esc(t.insufficientData)}</p>` : ''}
    ${weakest}
  </article>`;
    })
    .join('\n');
  return `<section class="page" aria-labelledby="dimensions-title"><h2 id="dimensions-title">${esc(t.dimensions)}</h2>${pages}</section>`;
}

function roleName(t: ReportLabels, group: RoleGroupKey): string {
  return t.roles[group];
}

function team(model: ReportModel, t: ReportLabels, n: Num): string {
  if (!model.team) return '';
  const { groups, hiddenRoles, dimensionGaps, agenda } = model.team;
  const head = `<tr><th scope="col">${esc(t.dimension)}</th>${groups.map((g) => `<th scope="col">${esc(roleName(t, g.group))} <span class="muted">(${n(g.respondentCount)})</span></th>`).join('')}</tr>`;
  const body = model.radar
    .map((axis, i) => `<tr><th scope="row">${esc(axis.title)}</th>${groups.map((g) => `<td class="num">${n(g.scores[i] ?? null)}</td>`).join('')}</tr>`)
    .join('');
  const hidden = hiddenRoles.length
    ? `<h3>${esc(t.hiddenRoles)}</h3><ul>${hiddenRoles.map((h) => `<li>${esc(roleName(t, h.role))}: ${esc(fillLabel(t.hiddenOutcome[h.outcome], { min: n(model.meta.minGroupSize) }))}</li>`).join('')}</ul>`
    : '';
  const gaps = dimensionGaps.length
    ? `<h3>${esc(t.perceptionGaps)}</h3><table><thead><tr><th scope="col">${esc(t.dimension)}</th><th scope="col">${esc(t.group)}</th><th scope="col">${esc(t.group)}</th><th scope="col">${esc(t.gap)}</th></tr></thead><tbody>${dimensionGaps
        .map((g) => `<tr><th scope="row">${esc(g.title)}</th><td>${esc(roleName(t, g.groupA))} <span class="num">${n(g.scoreA)}</span></td><td>${esc(roleName(t, g.groupB))} <span class="num">${n(g.scoreB)}</span></td><td class="num">${n(g.gap)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const items = agenda
    .map((item) => {
      const prompt = fillLabel(t.agendaPrompts[item.discussion], {
        roleA: roleName(t, item.groupA.group), levelA: n(item.groupA.meanLevel, 1),
        roleB: roleName(t, item.groupB.group), levelB: n(item.groupB.meanLevel, 1),
        role: roleName(t, item.groupA.spread >= item.groupB.spread ? item.groupA.group : item.groupB.group),
        spread: n(Math.max(item.groupA.spread, item.groupB.spread)),
      });
      return `<li><p class="question">${esc(item.prompt)}</p><p class="muted">${esc(item.dimensionTitle)} · ${esc(t.gap)} ${n(item.gap)}</p><p>${esc(prompt)}</p></li>`;
    })
    .join('');
  return `<section class="page" aria-labelledby="team-title">
  <h2 id="team-title">${esc(t.team)}</h2>
  <table class="heat"><caption>${esc(t.groupScores)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>
  ${hidden}${gaps}
  ${items ? `<h3>${esc(t.agenda)}</h3><ol class="agenda">${items}</ol>` : ''}
</section>`;
}

/** A workshop's agreed answers: scored on their own beside the individual answers, then each in words with its note. */
function consensus(model: ReportModel, t: ReportLabels, n: Num): string {
  const agreed = model.consensus;
  if (!agreed) return '';
  const rows = agreed.dimensions
    .map((d) => `<tr><th scope="row">${esc(d.title)}</th><td class="num">${n(d.consensus)}</td><td class="num">${n(d.individual)}</td><td class="num" dir="ltr">${esc(formatScoreDifference(d.difference, model.locale, t.noScore))}</td></tr>`)
    .join('');
  const answers = agreed.answers
    .map((a) => `<li><p class="question">${esc(a.prompt)}</p><p class="muted">${esc(a.dimensionTitle)}</p><p>${esc(a.answer)}</p>${a.note ? `<p class="muted">${esc(t.consensus.note)}: <bdi>${esc(a.note)}</bdi></p>` : ''}</li>`)
    .join('');
  const level = agreed.maturityLabel ? ` · ${esc(t.maturityLevel)}: ${esc(agreed.maturityLabel)}` : '';
  return `<section class="page" aria-labelledby="consensus-title" data-section="consensus">
  <h2 id="consensus-title">${esc(t.consensus.title)}</h2>
  <p class="muted">${esc(fillLabel(t.consensus.intro, { count: n(agreed.answeredCount) }))}</p>
  <p>${esc(t.consensus.score)}: <strong class="num">${n(agreed.overallScore)}</strong> ${esc(t.outOf100)}${level} · ${esc(t.consensus.individual)}: <span class="num">${n(model.summary.overallScore)}</span></p>
  <table><thead><tr><th scope="col">${esc(t.dimension)}</th><th scope="col">${esc(t.consensus.score)}</th><th scope="col">${esc(t.consensus.individual)}</th><th scope="col">${esc(t.consensus.difference)}</th></tr></thead><tbody>${rows}</tbody></table>
  <h3>${esc(t.consensus.agreedAnswers)}</h3>
  <ol class="agreed">${answers}</ol>
</section>`;
}

function recommendation(r: ReportRecommendation, t: ReportLabels, n: Num): string {
  const items = r.actionItems.length
    ? `<table class="actions"><thead><tr><th scope="col">${esc(t.actionItem)}</th><th scope="col">${esc(t.owner)}</th><th scope="col">${esc(t.dueDate)}</th><th scope="col">${esc(t.status.DONE)}</th></tr></thead><tbody>${r.actionItems
        .map((a) => `<tr><td><bdi>${esc(a.title)}</bdi></td><td><bdi>${esc(a.owner ?? '')}</bdi></td><td>${esc(a.dueDate ?? '')}</td><td>${esc(a.done ? t.done : t.open)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  return `<article class="recommendation ${r.status.toLowerCase()}">
    <h3>${r.handWritten ? `<bdi>${esc(r.title)}</bdi>` : esc(r.title)}</h3>
    <p class="meta"><span class="status">${esc(t.status[r.status])}</span> · ${esc(r.dimensionTitle)} · ${esc(t.horizon[r.horizon])} · ${esc(t.priority)} ${n(r.priority)}${r.handWritten ? ` · ${esc(t.handWritten)}` : ''}</p>
    ${r.body ? `<p>${esc(r.body)}</p>` : ''}
    ${r.steps.length ? `<ol class="steps">${r.steps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>` : ''}
    ${r.dismissReason ? `<p class="muted">${esc(t.dismissReason)}: <bdi>${esc(r.dismissReason)}</bdi></p>` : ''}
    ${items}
  </article>`;
}

function recommendations(model: ReportModel, t: ReportLabels, n: Num): string {
  const list = model.recommendations;
  const planned = list.filter((r) => r.status === 'ACCEPTED' || r.status === 'DONE');
  const plan = planned.flatMap((r) => r.actionItems.map((a) => ({ recommendation: r.title, ...a })));
  const planTable = plan.length
    ? `<table class="actions"><thead><tr><th scope="col">${esc(t.actionItem)}</th><th scope="col">${esc(t.recommendations)}</th><th scope="col">${esc(t.owner)}</th><th scope="col">${esc(t.dueDate)}</th><th scope="col">${esc(t.status.DONE)}</th></tr></thead><tbody>${plan
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
        .map((a) => `<tr><td><bdi>${esc(a.title)}</bdi></td><td>${esc(a.recommendation)}</td><td><bdi>${esc(a.owner ?? '')}</bdi></td><td>${esc(a.dueDate ?? '')}</td><td>${esc(a.done ? t.done : t.open)}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p class="muted">${esc(t.noActionItems)}</p>`;
  return `<section class="page" aria-labelledby="recommendations-title">
  <h2 id="recommendations-title">${esc(t.recommendations)}</h2>
  ${list.length ? list.map((r) => recommendation(r, t, n)).join('\n') : `<p>${esc(t.noRecommendations)}</p>`}
  <h2>${esc(t.actionPlan)}</h2>
  ${planTable}
</section>`;
}

function appendix(model: ReportModel, t: ReportLabels, n: Num): string {
  const rows = model.appendix
    .map((q) => {
      const groups = q.groups.length ? `<p class="muted">${q.groups.map((g) => `${esc(roleName(t, g.group))} ${n(g.meanLevel, 1)}`).join(' · ')}</p>` : '';
      const comments = q.comments.length
        ? `<ul class="comments">${q.comments.map((c) => `<li>“<bdi>${esc(c.text)}</bdi>”${c.group ? ` <span class="muted">— ${esc(roleName(t, c.group))}</span>` : ''}</li>`).join('')}</ul>`
        : '';
      return `<li><p class="question">${esc(q.prompt)} <span class="num">${n(q.score)}</span></p><p class="muted">${esc(q.dimensionTitle)} · ${esc(fillLabel(t.answeredBy, { count: n(q.answeredBy) }))}</p>${groups}${comments}</li>`;
    })
    .join('');
  return `<section class="page appendix" aria-labelledby="appendix-title">
  <h2 id="appendix-title">${esc(t.appendix)}</h2>
  <p class="muted">${esc(fillLabel(t.appendixIntro, { min: n(model.meta.minGroupSize) }))}</p>
  <ol>${rows}</ol>
</section>`;
}
