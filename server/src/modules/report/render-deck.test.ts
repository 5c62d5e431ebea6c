import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_QUESTIONNAIRE_KEY, LOCALES, REPORT_LABELS, buildReportModel, findQuestionnaire, formatReportNumber, questionIndex, scoreAssessment, scoreConsensus,
  type Locale, type ReportInput, type ReportModel, type ReportRecommendationInput, type RespondentAnswers,
} from '@omcheck/shared';
import { topRecommendations } from './deck-plan-slides.js';
import { renderDeck } from './render-deck.js';

const run = promisify(execFile);
const questionnaire = findQuestionnaire(DEFAULT_QUESTIONNAIRE_KEY)!;
const maturity = [...questionIndex(questionnaire).values()].map((e) => e.question).filter((q) => q.kind === 'maturity' && !q.roles);

function respondent(id: string, role: RespondentAnswers['role'], level: number): RespondentAnswers {
  return { respondentId: id, role, answers: new Map(maturity.map((q, i) => [q.id, { questionId: q.id, optionId: `l${(level + i) % 5}`, comment: null }])) };
}

const recommendation = (over: Partial<ReportRecommendationInput>): ReportRecommendationInput => ({
  id: 'r', ruleId: questionnaire.recommendations[0]!.id, dimensionId: questionnaire.dimensions[0]!.id, status: 'PROPOSED',
  customTitle: null, customBody: null, dismissReason: null, priority: 50, horizon: 'QUICK_WIN', active: true, actionItems: [], ...over,
});

/** A team check-up like the demo: two groups of two, a partner of one, targets, a previous result and a decided plan. */
function teamModel(locale: Locale, { workshop = false } = {}): ReportModel {
  const respondents = [respondent('s1', 'SALES', 4), respondent('s2', 'SALES', 3), respondent('o1', 'OPERATIONS', 0), respondent('o2', 'OPERATIONS', 1), respondent('p1', 'PARTNER', 2)];
  // A workshop that agreed on the first five questions.
  const agreed = new Map(maturity.slice(0, 5).map((q) => [q.id, { questionId: q.id, optionId: 'l3', comment: null }]));
  return buildReportModel({
    locale, questionnaire, scoringVersion: '1.1.0', respondents,
    consensus: workshop ? { score: scoreConsensus(questionnaire, agreed), answers: agreed } : null,
    score: scoreAssessment(questionnaire, respondents),
    meta: { organizationName: 'Scheldepack', assessmentTitle: 'Spring 2027', kind: 'CHECKUP', respondentCount: respondents.length, minGroupSize: 2, scoredAt: '2026-11-30T10:00:00.000Z' },
    targets: { [questionnaire.dimensions[0]!.id]: 70, [questionnaire.dimensions[2]!.id]: 60 },
    previous: new Map([[questionnaire.dimensions[1]!.id, 42]]),
    recommendations: [
      recommendation({ id: 'dismissed', ruleId: questionnaire.recommendations[3]!.id, status: 'DISMISSED', priority: 99, dismissReason: 'Not now' }),
      recommendation({ id: 'proposed', ruleId: questionnaire.recommendations[1]!.id, priority: 80, horizon: 'NEXT_90_DAYS' }),
      recommendation({
        id: 'accepted', status: 'ACCEPTED', priority: 10,
        actionItems: [{ title: 'Draft the one-page strategy', owner: 'Ana', dueDate: '2027-01-15', done: false }, { title: 'Review with the partner', owner: null, dueDate: null, done: true }],
      }),
      recommendation({ id: 'own', ruleId: null, customTitle: 'Weekly stand-up with the partner', customBody: 'Fifteen minutes, same agenda every week.', horizon: 'STRATEGIC' }),
    ],
  } satisfies ReportInput);
}

/** A self-assessment: one respondent, no team view, nothing decided yet. */
function selfModel(): ReportModel {
  const respondents = [respondent('m', 'MANAGEMENT', 2)];
  return buildReportModel({
    locale: 'en', questionnaire, scoringVersion: '1.1.0', respondents, score: scoreAssessment(questionnaire, respondents),
    meta: { organizationName: null, assessmentTitle: null, kind: 'SELF', respondentCount: 1, minGroupSize: 3, scoredAt: '2026-11-30T10:00:00.000Z' },
    targets: {}, recommendations: [],
  });
}

async function unzip(deck: Buffer): Promise<{ slides: string[]; charts: string[]; presentation: string }> {
  const zip = await JSZip.loadAsync(deck);
  const texts = (pattern: RegExp): Promise<string[]> =>
    Promise.all(Object.keys(zip.files).filter((name) => pattern.test(name)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((name) => zip.file(name)!.async('string')));
  return { slides: await texts(/^ppt\/slides\/slide\d+\.xml$/), charts: await texts(/^ppt\/charts\/chart\d+\.xml$/), presentation: (await zip.file('ppt/presentation.xml')!.async('string')) };
}

describe('renderDeck', () => {
  it('should write a team deck of eight slides with a native radar chart of score, target and previous, 0 to 100', async () => {
    const model = teamModel('en');
    const { slides, charts } = await unzip(await renderDeck(model));
    expect(model.team?.agenda.length).toBeGreaterThan(0);
    expect(slides).toHaveLength(8);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain('<c:radarChart>');
    for (const name of ['Score', 'Target', 'Previous check-up']) expect(charts[0]).toContain(`<c:v>${name}</c:v>`);
    expect(charts[0]).toMatch(/<c:max val="100"\/>[\s\S]*<c:min val="0"\/>/);
  });

  it('should add a slide with the workshop consensus beside the individual answers after the team slides', async () => {
    const model = teamModel('en', { workshop: true });
    const { slides } = await unzip(await renderDeck(model));
    expect(slides).toHaveLength(9);
    const consensus = slides[6]!;
    expect(consensus).toContain(REPORT_LABELS.en.consensus.title);
    expect(consensus).toContain('The answers the room agreed on in the workshop (5 questions), scored on their own.');
    for (const header of [REPORT_LABELS.en.consensus.individual, REPORT_LABELS.en.consensus.difference]) expect(consensus).toContain(header);
    expect(consensus).toContain(formatReportNumber(model.consensus!.overallScore!, 'en'));
  });

  it('should leave out the team slides, target and previous series, and say so when nothing is decided', async () => {
    const { slides, charts } = await unzip(await renderDeck(selfModel()));
    expect(slides).toHaveLength(6);
    expect(charts[0]).not.toContain('<c:v>Target</c:v>');
    expect(slides.join('')).toContain(REPORT_LABELS.en.noRecommendations);
    expect(slides.join('')).toContain(REPORT_LABELS.en.noActionItems);
    expect(slides[0]).toContain(REPORT_LABELS.en.selfAssessment);
  });

  it('should show the top recommendations without dismissed ones, and the action items of accepted ones', async () => {
    const model = teamModel('en');
    const text = (await unzip(await renderDeck(model))).slides.join('');
    expect(topRecommendations(model).map((r) => r.id)).toEqual(['accepted', 'proposed', 'own']);
    expect(text).not.toContain(model.recommendations.find((r) => r.id === 'dismissed')!.title);
    expect(text).toContain('Draft the one-page strategy');
    expect(text).toContain('Ana');
    expect(text).toContain('January 15, 2027');
  });

  it('should lay out Persian right to left in Vazirmatn with Persian digits', async () => {
    const model = teamModel('fa');
    const { slides, presentation } = await unzip(await renderDeck(model));
    expect(presentation).toContain('rtl="1"');
    expect(slides[1]).toContain('rtl="1"');
    expect(slides[1]).toContain('algn="r"');
    expect(slides[1]).toContain('typeface="Vazirmatn"');
    expect(slides[1]).toContain(formatReportNumber(model.summary.overallScore!, 'fa'));
    expect(slides.join('')).not.toContain('Calibri');
  });
});

/**
 * The deck must open in a real reader: LibreOffice converts it to PDF and the text of the PDF
 * holds the overall score and the top recommendation. CI installs LibreOffice (scripts/test-all.sh)
 * and fails without it; a developer machine without it skips.
 */
const tools = await Promise.all(['soffice', 'pdftotext'].map((tool) => run('which', [tool]).then(() => null, () => tool)));
const missing = tools.filter((tool) => tool !== null);
const inCi = process.env.CI === 'true';

describe.skipIf(missing.length > 0 && !inCi)('renderDeck in LibreOffice', () => {
  const models = new Map(LOCALES.map((locale) => [locale, teamModel(locale, { workshop: true })]));
  const pdfText = new Map<Locale, string>();
  let dir = '';
  const profile = join(tmpdir(), `lo-${randomUUID()}`);

  beforeAll(async () => {
    if (missing.length > 0) throw new Error(`${missing.join(' and ')} not installed: apt-get install --no-install-recommends libreoffice-impress poppler-utils`);
    dir = await mkdtemp(join(tmpdir(), 'omcheck-deck-'));
    const files = await Promise.all(LOCALES.map(async (locale) => {
      const file = join(dir, `deck-${locale}.pptx`);
      await writeFile(file, await renderDeck(models.get(locale)!));
      return file;
    }));
    // One LibreOffice start for all four decks; its own profile so parallel runs do not share a lock.
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 90_000 });
    for (const locale of LOCALES) {
      const pdf = join(dir, `deck-${locale}.pdf`);
      await run('pdftotext', ['-enc', 'UTF-8', pdf, `${pdf}.txt`]);
      pdfText.set(locale, await readFile(`${pdf}.txt`, 'utf8'));
    }
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  });

  it.each(LOCALES)('should open the %s deck and show the overall score on the summary and the top recommendation', (locale) => {
    const model = models.get(locale)!;
    // pdftotext separates pages with a form feed; the summary is the second slide.
    const summary = ` ${normalise(pdfText.get(locale)!.split('\f')[1]!)} `;
    expect(summary).toContain(` ${formatReportNumber(model.summary.overallScore!, locale)} `);
    expect(summary).toContain(normalise(REPORT_LABELS[locale].overallScore));
    const text = normalise(pdfText.get(locale)!);
    const words = significantWords(topRecommendations(model)[0]!.title);
    expect(words.length).toBeGreaterThan(2);
    for (const word of words) expect(text).toContain(word);
    expect(text).toContain(normalise(REPORT_LABELS[locale].consensus.title));
  });
});

/**
 * pdftotext gives Persian in logical order but wraps each run in bidi embedding marks, writes the
 * lam-alef ligature (لا) back as «ال», and moves a hamza above (ٔ) out of its word. So both sides
 * drop the marks and joiners and read «لا» as «ال», and only words without a hamza above are
 * compared, one by one (a title may also wrap onto two lines).
 */
function normalise(text: string): string {
  return text.replace(/[\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/لا/g, 'ال').replace(/\s+/g, ' ').trim();
}

function significantWords(title: string): string[] {
  return normalise(title).split(' ').filter((word) => word.length > 3 && !word.includes('\u0654'));
}
