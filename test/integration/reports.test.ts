import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatReportNumber, type Locale } from '@omcheck/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ASSESSMENT, CREATE_ORGANIZATION, CREATE_SHARE_LINK, INVITE_RESPONDENT, REVOKE_SHARE_LINK, SHARE_LINKS } from '../helpers/consultant-operations.js';
import { codeOf, dataOf, signUp, type SignedUp } from '../helpers/consultant.js';
import { RESULT, START } from '../helpers/operations.js';
import { answerAndSubmit } from '../helpers/team.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

const LOCALES: readonly Locale[] = ['en', 'it', 'nl', 'fa'];

/**
 * The text of a PDF as pdftotext reads it, normalised for comparison: without the bidi marks
 * pdftotext puts around right-to-left runs, without whitespace and zero-width non-joiners
 * (line breaks and joins differ between the source and the extraction), with the lam-alef
 * ligature read back as the two letters in logical order (pdftotext maps the ligature glyph to
 * "ال"), and without Arabic-script marks (tanwin, the hamza above heh: their glyphs combine with
 * the letter and come back without the mark or apart from it): the rendered text is right, only
 * the extraction of those glyphs differs.
 */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'report-')), 'report.pdf');
  fs.writeFileSync(file, pdf);
  return normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\s]/g, '').replace(/[\u064b-\u065f\u0670]/g, '').replace(/لا/g, 'ال');
}

/**
 * Every word of `title` is in the PDF's text: a title that wraps in a right-to-left page comes
 * back from pdftotext with its punctuation placed by the bidi algorithm, not where it was typed.
 */
function expectWordsOf(text: string, title: string, label: string): void {
  for (const word of title.split(/[\s،؛,;:.!?()«»"“”’'—–-]+/u).filter((w) => w.length > 1)) {
    expect(text, `${label}: "${word}" of "${title}"`).toContain(normalise(word));
  }
}

interface ResultData {
  assessmentResult: { overallScore: number; recommendations: Array<{ title: string; priority: number }> };
}

describe('reports', () => {
  let server: TestServer;
  let consultant: SignedUp;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
    consultant = await signUp(server);
  });
  afterAll(async () => server?.close());

  async function selfAssessment(): Promise<string> {
    const token = dataOf(await server.gql<{ startSelfAssessment: { token: string } }>(START, {
      input: { organizationName: 'Zagros Home Retail', role: 'MANAGEMENT', locale: 'FA' },
    })).startSelfAssessment.token;
    await answerAndSubmit(server, token, 1, 'We never see the partner’s plan');
    return token;
  }

  /** A consultant's check-up with two submitted respondents; returns its id. */
  async function checkup(): Promise<string> {
    const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: consultant.workspaceId, name: 'Scheldepack NV' },
    })).createOrganization.id;
    const assessmentId = dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
      input: { organizationId, title: 'Spring 2026', locale: 'NL' },
    })).createAssessment.id;
    for (const level of [1, 3]) {
      const token = dataOf(await consultant.gql<{ inviteRespondent: { token: string } }>(INVITE_RESPONDENT, {
        input: { assessmentId, role: 'SALES', label: `s${level}`, locale: 'NL' },
      })).inviteRespondent.token;
      await answerAndSubmit(server, token, level);
    }
    return assessmentId;
  }

  it('should give a self-assessing respondent a PDF with the overall score and the top recommendation in every language', async () => {
    const token = await selfAssessment();
    for (const locale of LOCALES) {
      const result = dataOf(await server.gql<ResultData>(RESULT, { token, locale: locale.toUpperCase() })).assessmentResult;
      const top = [...result.recommendations].sort((a, b) => b.priority - a.priority)[0]!;
      const response = await fetch(`${server.url}/r/${token}/report.pdf?locale=${locale}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?zagros-home-retail-\d{4}-\d{2}-\d{2}\.pdf"?$/);
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length, `${locale} PDF size`).toBeLessThan(300 * 1024);
      const text = pdfText(pdf);
      expect(text, locale).toContain(formatReportNumber(result.overallScore, locale));
      expectWordsOf(text, top.title, locale);
      // Ties in priority may put another first: every recommendation is in the report anyway.
      for (const recommendation of result.recommendations) expectWordsOf(text, recommendation.title, locale);
      if (locale === 'fa') {
        expect(formatReportNumber(result.overallScore, 'fa')).toMatch(/^[۰-۹]+$/);
        expect(text).toContain(normalise('امتیاز کلی'));
      }
    }
  });

  it('should refuse an unknown locale, an unknown link and a check-up respondent’s link, changing nothing', async () => {
    const token = await selfAssessment();
    const badLocale = await fetch(`${server.url}/r/${token}/report.pdf?locale=de`);
    expect(badLocale.status).toBe(400);
    expect(await badLocale.text()).toMatch(/en, it, nl or fa/);
    expect((await fetch(`${server.url}/r/not-a-token/report.pdf`)).status).toBe(404);
    const web = await fetch(`${server.url}/r/${token}/report?locale=nl`);
    expect(web.status).toBe(200);
    expect(await web.text()).toContain(`href="/r/${token}/report.pdf?locale=nl"`);
    const assessmentId = await checkup();
    const invited = dataOf(await consultant.gql<{ inviteRespondent: { token: string } }>(INVITE_RESPONDENT, {
      input: { assessmentId, role: 'OPERATIONS', label: 'o', locale: 'EN' },
    })).inviteRespondent.token;
    expect((await fetch(`${server.url}/r/${invited}/report.pdf`)).status).toBe(404);
  });

  it('should show the consultant the web report with a running header and a link to the PDF in the chosen language', async () => {
    const assessmentId = await checkup();
    const response = await fetch(`${server.url}/a/${assessmentId}/report?locale=it`, { headers: { cookie: consultant.cookie } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="it" dir="ltr">');
    expect(html).toContain('Scheldepack NV');
    expect(html).toContain(`@top-left { content: "\u2068Scheldepack NV\u2069 · \u2068Spring 2026`);
    expect(html).toContain(`href="/a/${assessmentId}/report.pdf?locale=it"`);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const persian = await (await fetch(`${server.url}/a/${assessmentId}/report?locale=fa`, { headers: { cookie: consultant.cookie } })).text();
    expect(persian).toContain('<html lang="fa" dir="rtl">');
    expect(persian).toContain('@top-right');
  });

  it('should give meeting mode the report model in the chosen language, and null before anyone submitted', async () => {
    const assessmentId = await checkup();
    const query = 'query($id: ID!, $locale: Locale) { assessment(id: $id) { result { overallScore } report(locale: $locale) } }';
    const data = dataOf(await consultant.gql<{ assessment: { result: { overallScore: number }; report: { locale: string; direction: string; summary: { overallScore: number }; team: unknown } } }>(query, { id: assessmentId, locale: 'FA' })).assessment;
    expect(data.report).toMatchObject({ locale: 'fa', direction: 'rtl', summary: { overallScore: data.result.overallScore } });
    const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, { input: { workspaceId: consultant.workspaceId, name: 'Empty' } })).createOrganization.id;
    const empty = dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, { input: { organizationId, title: 'None yet', locale: 'EN' } })).createAssessment.id;
    expect(dataOf(await consultant.gql<{ assessment: { report: unknown } }>(query, { id: empty })).assessment.report).toBeNull();
  });

  it('should open a share link without an account, list it with who made it, and answer 404 once revoked or expired', async () => {
    const assessmentId = await checkup();
    const made = dataOf(await consultant.gql<{ createShareLink: { id: string; token: string; url: string; createdByName: string } }>(CREATE_SHARE_LINK, { assessmentId })).createShareLink;
    // ≥ 128 random bits: 32 bytes in base64url.
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(made.url).toBe(`${server.url}/s/${made.token}`);
    const page = await fetch(made.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Scheldepack NV');
    const pdf = await fetch(`${made.url}/report.pdf?locale=en`);
    expect(pdf.status).toBe(200);
    expect(pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain(normalise('Scheldepack NV'));

    const listed = dataOf(await consultant.gql<{ assessment: { shareLinks: Array<{ id: string; token: string | null; url: string | null; createdByName: string }> } }>(SHARE_LINKS, { id: assessmentId })).assessment.shareLinks;
    expect(listed).toEqual([expect.objectContaining({ id: made.id, token: null, url: null, createdByName: made.createdByName })]);
    const stored = await server.dataSource.query(`SELECT token_hash FROM share_link WHERE id = '${made.id}'`);
    expect(JSON.stringify(stored)).not.toContain(made.token);

    dataOf(await consultant.gql(REVOKE_SHARE_LINK, { id: made.id }));
    expect((await fetch(made.url)).status).toBe(404);
    expect((await fetch(`${made.url}/report.pdf`)).status).toBe(404);

    const expiring = dataOf(await consultant.gql<{ createShareLink: { id: string; url: string } }>(CREATE_SHARE_LINK, {
      assessmentId, expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    })).createShareLink;
    expect((await fetch(expiring.url)).status).toBe(200);
    await server.dataSource.query(`UPDATE share_link SET expires_at = ${server.database.kind === 'postgres' ? "now() - interval '1 minute'" : "'2000-01-01 00:00:00.000'"} WHERE id = '${expiring.id}'`);
    expect((await fetch(expiring.url)).status).toBe(404);
  });

  it('should refuse an expiry in the past with a clear error and make no link', async () => {
    const assessmentId = await checkup();
    const response = await consultant.gql(CREATE_SHARE_LINK, { assessmentId, expiresAt: '2020-01-01T00:00:00Z' });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toMatch(/future/);
    const listed = dataOf(await consultant.gql<{ assessment: { shareLinks: unknown[] } }>(SHARE_LINKS, { id: assessmentId })).assessment.shareLinks;
    expect(listed).toEqual([]);
  });
});

describe('reports without Chromium', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off', CHROMIUM_PATH: '/nonexistent/chromium' } });
  });
  afterAll(async () => server?.close());

  it('should answer REPORT_RENDERER_UNAVAILABLE for a PDF and still open the web report to print', async () => {
    const consultant = await signUp(server);
    const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: consultant.workspaceId, name: 'No Chromium Ltd' },
    })).createOrganization.id;
    const assessmentId = dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
      input: { organizationId, title: 'Q1', locale: 'EN' },
    })).createAssessment.id;
    const token = dataOf(await consultant.gql<{ inviteRespondent: { token: string } }>(INVITE_RESPONDENT, {
      input: { assessmentId, role: 'SALES', label: 'x', locale: 'EN' },
    })).inviteRespondent.token;
    await answerAndSubmit(server, token, 2);
    const pdf = await fetch(`${server.url}/a/${assessmentId}/report.pdf`, { headers: { cookie: consultant.cookie } });
    expect(pdf.status).toBe(503);
    expect(pdf.headers.get('x-error-code')).toBe('REPORT_RENDERER_UNAVAILABLE');
    expect(await pdf.text()).toMatch(/print/);
    const web = await fetch(`${server.url}/a/${assessmentId}/report`, { headers: { cookie: consultant.cookie } });
    expect(web.status).toBe(200);
    expect(await web.text()).toContain('data-print');
  });
});
