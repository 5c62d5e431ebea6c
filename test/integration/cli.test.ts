import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN } from '../helpers/consultant-operations.js';
import { codeOf, dataOf, uniqueEmail } from '../helpers/consultant.js';
import { startSession } from '../helpers/fixtures.js';
import { answerAndSubmit } from '../helpers/team.js';
import { testDatabaseKind } from '../helpers/test-database.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/dist/cli/omcheck.js');

/** Runs the CLI with DATABASE_URL and the given standard input. */
function omcheck(databaseUrl: string, args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('omcheck CLI', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => server?.close());

  it('should create a consultant with the password read from standard input', async () => {
    const email = uniqueEmail('cli');
    const created = await omcheck(server.database.url, ['user:create', '--email', email, '--name', 'Cli User', '--workspace', 'Cli Ltd'], 'cli-password-2026\n');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const signedIn = dataOf(await server.gql<{ signIn: { workspaces: Array<{ name: string; role: string }> } }>(SIGN_IN, {
      input: { email, password: 'cli-password-2026' },
    }));
    expect(signedIn.signIn.workspaces).toEqual([expect.objectContaining({ name: 'Cli Ltd', role: 'OWNER' })]);
  });

  it('should refuse a weak password or an unknown flag and create nothing', async () => {
    const email = uniqueEmail('weak');
    const weak = await omcheck(server.database.url, ['user:create', '--email', email, '--name', 'W', '--workspace', 'W'], 'short\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/10 characters/);
    const typo = await omcheck(server.database.url, ['user:create', '--emial', email, '--name', 'W', '--workspace', 'W'], 'long-enough-password\n');
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).toMatch(/Unknown option --emial/);
    expect(codeOf(await server.gql(SIGN_IN, { input: { email, password: 'long-enough-password' } }))).toBe('BAD_USER_INPUT');
  });

  it.skipIf(testDatabaseKind() !== 'sqlite')('should back up the live SQLite database into a consistent, checked copy', async () => {
    await startSession(server, { organizationName: 'Backed Up Ltd' });
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'omcheck-backup-')), 'copy.sqlite');
    const backup = await omcheck(server.database.url, ['backup', target]);
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(/integrity check ok/);
    const copy = new Database(target, { readonly: true });
    const rows = copy.prepare("SELECT COUNT(*) AS n FROM organization WHERE name = 'Backed Up Ltd'").get() as { n: number };
    copy.close();
    expect(rows.n).toBe(1);
    const again = await omcheck(server.database.url, ['backup', target]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  it.skipIf(testDatabaseKind() !== 'postgres')('should point to pg_dump on PostgreSQL', async () => {
    const backup = await omcheck(server.database.url, ['backup', path.join(os.tmpdir(), 'never.sqlite')]);
    expect(backup.code).toBe(2);
    expect(backup.stderr).toMatch(/pg_dump/);
  });

  it('should write a check-up\'s report as PDF and PPTX, named after the client, and refuse bad options clearly', async () => {
    const session = await startSession(server, { organizationName: 'Report Line Ltd' });
    await answerAndSubmit(server, session.token, 3);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omcheck-report-'));
    const pdf = await omcheck(server.database.url, ['report', session.assessmentId, '--format', 'pdf', '--locale', 'fa', '--out', path.join(dir, 'r.pdf')]);
    expect(pdf.stderr).toBe('');
    expect(pdf.code).toBe(0);
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' })).toContain('Report Line Ltd');
    const deck = await omcheck(server.database.url, ['report', session.assessmentId, '--format', 'pptx'], '');
    expect(deck.code).toBe(0);
    expect(deck.stdout).toMatch(/report-line-ltd-\d{4}-\d{2}-\d{2}\.pptx/);
    fs.rmSync(deck.stdout.match(/wrote (\S+)/)![1]!);
    const format = await omcheck(server.database.url, ['report', session.assessmentId, '--format', 'docx']);
    expect([format.code, format.stderr]).toEqual([2, expect.stringMatching(/Unknown format "docx"/)]);
    const missing = await omcheck(server.database.url, ['report', '00000000-0000-4000-8000-00000000dead', '--format', 'pdf']);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/no check-up with id/)]);
  });
});
