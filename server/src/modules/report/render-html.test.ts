import {
  DEFAULT_QUESTIONNAIRE_KEY, buildReportModel, findQuestionnaire, questionIndex, scoreAssessment, scoreConsensus,
  type Locale, type ReportModel, type RespondentAnswers,
} from '@omcheck/shared';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.js';
import { renderReportHtml } from './render-html.js';

const questionnaire = findQuestionnaire(DEFAULT_QUESTIONNAIRE_KEY)!;
const maturity = [...questionIndex(questionnaire).values()].map((e) => e.question).filter((q) => q.kind === 'maturity' && !q.roles);

function model(locale: Locale, organizationName: string, comment: string, consensusNote?: string): ReportModel {
  const respondents: RespondentAnswers[] = [{
    respondentId: 'm', role: 'MANAGEMENT',
    answers: new Map(maturity.map((q, i) => [q.id, { questionId: q.id, optionId: `l${i % 5}`, comment: i === 0 ? comment : null }])),
  }];
  // A workshop agreed on the first two questions, a note on the first.
  const agreed = new Map(maturity.slice(0, 2).map((q, i) => [q.id, { questionId: q.id, optionId: 'l4', comment: i === 0 ? consensusNote ?? null : null }]));
  return buildReportModel({
    locale, questionnaire, scoringVersion: '1.1.0', respondents, score: scoreAssessment(questionnaire, respondents),
    consensus: consensusNote === undefined ? null : { score: scoreConsensus(questionnaire, agreed), answers: agreed },
    meta: { organizationName, assessmentTitle: 'Q1 <draft>', kind: 'SELF', respondentCount: 1, minGroupSize: 3, scoredAt: '2026-11-30T10:00:00.000Z' },
    targets: { [questionnaire.dimensions[0]!.id]: 70 }, previous: new Map([[questionnaire.dimensions[0]!.id, 40]]), recommendations: [],
  });
}

describe('renderReportHtml', () => {
  it('should escape everything people typed, in the page and in the running header', () => {
    const html = renderReportHtml(model('en', 'Evil "Corp" <img src=x onerror=alert(1)>', '</style><script>alert(2)</script>'), { fontCss: '' });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(2)');
    expect(html).toContain('Evil &quot;Corp&quot; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('content: "\u2068Evil \\"Corp\\" \\3c img src=x onerror=alert(1)>\u2069');
    expect(html).toContain('Q1 &lt;draft&gt;');
  });

  it('should lay out Persian right to left with Persian digits, page numbers included', () => {
    const html = renderReportHtml(model('fa', 'Rossi Food S.r.l.', ''), { fontCss: '' });
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('@top-right');
    expect(html).toContain('counter(page, persian)');
    expect(html).toContain('<h1><bdi>Rossi Food S.r.l.</bdi></h1>');
    expect(html).not.toMatch(/class="value">\d/);
  });

  it('should draw the target and the previous check-up on the radar and offer the PDF only on the web page', () => {
    const web = renderReportHtml(model('en', 'Acme', ''), { fontCss: '', pdfHref: '/s/t/report.pdf?locale=en', scriptSrc: '/report-assets/report.js' });
    expect(web).toContain('class="target"');
    expect(web).toContain('class="previous"');
    expect(web).toContain('href="/s/t/report.pdf?locale=en"');
    expect(renderReportHtml(model('en', 'Acme', ''), { fontCss: '' })).not.toContain('data-print');
  });
  it('should show a workshop consensus beside the individual answers, each agreed answer with its note, escaped', () => {
    const html = renderReportHtml(model('en', 'Acme', '', 'Only <b>the board</b> has read it'), { fontCss: '' });
    const section = html.slice(html.indexOf('data-section="consensus"'), html.indexOf('</section>', html.indexOf('data-section="consensus"')));
    expect(section).toContain('<h2 id="consensus-title">Workshop consensus</h2>');
    expect(section).toContain('The answers the room agreed on in the workshop (2 questions), scored on their own.');
    expect(section).toContain('<th scope="col">Consensus</th><th scope="col">Individual answers</th><th scope="col">Difference</th>');
    // Areas the two agreed answers do not cover have no consensus score and no difference.
    expect(section).toContain('<td class="num">–</td>');
    expect(section).toContain('<td class="num" dir="ltr">–</td>');
    expect(section.match(/<ol class="agreed">(.*?)<\/ol>/s)![1]!.match(/<li>/g)).toHaveLength(2);
    expect(section).toContain(`<p class="question">${escapeHtml(maturity[0]!.prompt.en)}</p>`);
    expect(section).toContain('Note: <bdi>Only &lt;b&gt;the board&lt;/b&gt; has read it</bdi>');
    // Persian digits in Persian.
    expect(renderReportHtml(model('fa', 'Acme', '', ''), { fontCss: '' })).toContain('(۲ پرسش)');
    expect(renderReportHtml(model('en', 'Acme', ''), { fontCss: '' })).not.toContain('consensus-title');
  });
});
