import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_ORGANIZATION, CREATE_ASSESSMENT, CREATE_ORGANIZATION, INVITE_RESPONDENT, REVOKE_INVITATION,
} from '../helpers/consultant-operations.js';
import { type SignedUp, codeOf, dataOf, signUp } from '../helpers/consultant.js';
import { START } from '../helpers/operations.js';
import { PORTFOLIO, PORTFOLIO_DISTRIBUTION, RESULT_BENCHMARK, TOKEN_BENCHMARK } from '../helpers/portfolio-operations.js';
import { answerAndSubmit } from '../helpers/team.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

interface Entry {
  organization: { id: string; name: string; industry: string | null; size: string | null; archived: boolean };
  latest: { assessmentId: string; overallScore: number | null; maturityLevel: number | null; title: string; relationshipModel: string | null } | null;
  change: number | null;
  lastActivityAt: string;
  checkupCount: number;
}
interface Page { portfolio: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } }
interface BenchmarkOut {
  peerCount: number; scope: string; industry: string | null;
  overall: { percentile: number | null; median: number | null; q1: number | null; q3: number | null; score: number | null };
  dimensions: Array<{ dimensionId: string; percentile: number | null; median: number | null; q1: number | null; q3: number | null; score: number | null }>;
}
interface ResultOut { assessment: { result: { overallScore: number; dimensions: Array<{ dimensionId: string; score: number | null }>; benchmark: BenchmarkOut | null; industryBenchmark: BenchmarkOut | null } } }

const FIELDS = ['NAME', 'OVERALL_SCORE', 'MATURITY_LEVEL', 'CHANGE', 'LAST_ACTIVITY'] as const;

describe('portfolio and benchmarks', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => server?.close());

  async function client(consultant: SignedUp, name: string, extra: { industry?: string; size?: string } = {}): Promise<string> {
    return dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: consultant.workspaceId, name, ...extra },
    })).createOrganization.id;
  }

  /** A check-up of the client; with a level, one respondent answers everything at it (0–4) and submits. */
  async function checkup(consultant: SignedUp, organizationId: string, level: number | null, title = 'Check-up'): Promise<{ assessmentId: string; respondentId: string; token: string }> {
    const assessmentId = dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
      input: { organizationId, title, locale: 'EN' },
    })).createAssessment.id;
    const invited = dataOf(await consultant.gql<{ inviteRespondent: { id: string; token: string } }>(INVITE_RESPONDENT, {
      input: { assessmentId, role: 'MANAGEMENT', label: 'MD', locale: 'EN' },
    })).inviteRespondent;
    if (level !== null) await answerAndSubmit(server, invited.token, level);
    return { assessmentId, respondentId: invited.id, token: invited.token };
  }

  const page = async (consultant: SignedUp, variables: Record<string, unknown>) =>
    dataOf(await consultant.gql<Page>(PORTFOLIO, { workspaceId: consultant.workspaceId, ...variables })).portfolio;

  async function allPages(consultant: SignedUp, variables: Record<string, unknown>, first: number): Promise<{ nodes: Entry[]; totals: number[] }> {
    const nodes: Entry[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const result = await page(consultant, { ...variables, first, after });
      nodes.push(...result.nodes);
      totals.push(result.totalCount);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    return { nodes, totals };
  }

  const keyOf = (entry: Entry, field: (typeof FIELDS)[number]): string | number | null => {
    switch (field) {
      case 'NAME': return entry.organization.name;
      case 'OVERALL_SCORE': return entry.latest?.overallScore ?? null;
      case 'MATURITY_LEVEL': return entry.latest?.maturityLevel ?? null;
      case 'CHANGE': return entry.change;
      case 'LAST_ACTIVITY': return Date.parse(entry.lastActivityAt);
    }
  };

  describe('the portfolio table', () => {
    let consultant: SignedUp;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      consultant = await signUp(server, { name: 'Paula Portfolio', workspaceName: 'Portfolio Partners' });
      // Names of plain lower-case letters sort the same under every collation.
      const levels: Record<string, number | null> = { alpha: 1, bravo: 3, charlie: 3, delta: null, echo: 0, foxtrot: 4, golf: 2, hotel: null };
      for (const [name, level] of Object.entries(levels)) {
        ids[name] = await client(consultant, name, { industry: name < 'e' ? 'Food' : 'Logistics', size: name < 'c' ? '10-49' : '250+' });
        if (level !== null) await checkup(consultant, ids[name]!, level, `${name} one`);
      }
      // Two more check-ups of bravo (the newest unscored) and one of golf: change = latest − previous scored.
      await checkup(consultant, ids.bravo!, 1, 'bravo two');
      await checkup(consultant, ids.bravo!, null, 'bravo three');
      await checkup(consultant, ids.golf!, 4, 'golf two');
      ids.india = await client(consultant, 'india');
      await checkup(consultant, ids.india!, 2);
      dataOf(await consultant.gql(ARCHIVE_ORGANIZATION, { id: ids.india, archived: true }));
    });

    it('should list every client once with its latest scored check-up and change', async () => {
      const { nodes } = await allPages(consultant, {}, 100);
      const byName = new Map(nodes.map((n) => [n.organization.name, n]));
      expect([...byName.keys()]).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel']);
      expect(byName.get('bravo')).toMatchObject({ latest: { overallScore: 25, maturityLevel: expect.any(Number), title: 'bravo two' }, change: -50, checkupCount: 3 });
      expect(byName.get('golf')).toMatchObject({ latest: { overallScore: 100, title: 'golf two' }, change: 50, checkupCount: 2 });
      expect(byName.get('alpha')).toMatchObject({ latest: { overallScore: 25 }, change: null, checkupCount: 1 });
      expect(byName.get('alpha')!.latest!.relationshipModel).toEqual(expect.any(String));
      expect(byName.get('delta')).toMatchObject({ latest: null, change: null, checkupCount: 0 });
    });

    for (const field of FIELDS) {
      for (const direction of ['ASC', 'DESC'] as const) {
        it(`should page by ${field} ${direction} without duplicates or gaps, nulls last, ties by id`, async () => {
          const orderBy = { field, direction };
          const { nodes, totals } = await allPages(consultant, { orderBy }, 3);
          const all = await page(consultant, { orderBy, first: 100 });
          expect(nodes.map((n) => n.organization.id)).toEqual(all.nodes.map((n) => n.organization.id));
          expect(new Set(nodes.map((n) => n.organization.id)).size).toBe(8);
          expect(totals.every((t) => t === 8)).toBe(true);
          for (let i = 1; i < nodes.length; i++) {
            const [a, b] = [keyOf(nodes[i - 1]!, field), keyOf(nodes[i]!, field)];
            if (a === null) expect(b, 'nulls last').toBeNull();
            if (a === null || b === null || a === b) {
              if (a === b) expect(nodes[i - 1]!.organization.id < nodes[i]!.organization.id, 'ties by id').toBe(true);
              continue;
            }
            expect(direction === 'ASC' ? a < b : a > b, `${String(a)} before ${String(b)}`).toBe(true);
          }
        });
      }
    }

    it('should order two clients active at the same instant by id, however SQLite wrote the time', async () => {
      // SQLite's column default writes whole seconds ('10:00:00'); the server writes milliseconds
      // ('10:00:00.000'). Compared as text they differ, though they are the same instant.
      const owner = await signUp(server, { name: 'Tina Tie', workspaceName: 'Tie Partners' });
      const [first, second] = [await client(owner, 'tie one'), await client(owner, 'tie two')];
      const sqlite = server.dataSource.options.type === 'better-sqlite3';
      const set = (id: string, time: string) =>
        server.dataSource.query(sqlite ? 'UPDATE organization SET created_at = ? WHERE id = ?' : 'UPDATE organization SET created_at = $1 WHERE id = $2', [time, id]);
      await set(first, '2026-01-05 10:00:00');
      await set(second, '2026-01-05 10:00:00.000');
      const byId = [first, second].sort();
      for (const direction of ['ASC', 'DESC']) {
        const nodes = (await page(owner, { orderBy: { field: 'LAST_ACTIVITY', direction }, first: 10 })).nodes;
        expect(nodes.map((n) => n.lastActivityAt)).toEqual(['2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z']);
        expect(nodes.map((n) => n.organization.id), direction).toEqual(byId);
      }
    });

    it('should filter by industry, size, level and search, and count what it keeps', async () => {
      const names = async (filter: Record<string, unknown>) => {
        const result = await page(consultant, { filter, first: 100 });
        expect(result.totalCount).toBe(result.nodes.length);
        return result.nodes.map((n) => n.organization.name);
      };
      expect(await names({ industry: 'food' })).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
      expect(await names({ industry: 'FOOD', size: '10-49' })).toEqual(['alpha', 'bravo']);
      expect(await names({ maturityLevel: (await page(consultant, { first: 100 })).nodes.find((n) => n.organization.name === 'foxtrot')!.latest!.maturityLevel }))
        .toContain('foxtrot');
      expect(await names({ search: 'HAR' })).toEqual(['charlie']);
      expect(await names({ search: '%' })).toEqual([]);
      expect(await names({ includeArchived: true })).toContain('india');
      expect(await names({})).not.toContain('india');
    });

    it('should refuse a cursor of another order, a bad level and an oversized page, clearly', async () => {
      const first = await page(consultant, { first: 2 });
      const other = await consultant.gql(PORTFOLIO, { workspaceId: consultant.workspaceId, after: first.pageInfo.endCursor, orderBy: { field: 'CHANGE', direction: 'ASC' } });
      expect(codeOf(other)).toBe('BAD_USER_INPUT');
      expect(codeOf(await consultant.gql(PORTFOLIO, { workspaceId: consultant.workspaceId, filter: { maturityLevel: 9 } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await consultant.gql(PORTFOLIO, { workspaceId: consultant.workspaceId, first: 101 }))).toBe('BAD_USER_INPUT');
    });

    it('should fall back to the previous check-up when the latest loses its only respondent', async () => {
      const juliet = await client(consultant, 'juliet');
      await checkup(consultant, juliet, 3, 'juliet one');
      const second = await checkup(consultant, juliet, 1, 'juliet two');
      const entry = async () => (await page(consultant, { filter: { search: 'juliet' } })).nodes[0]!;
      expect(await entry()).toMatchObject({ latest: { title: 'juliet two', overallScore: 25 }, change: -50 });
      dataOf(await consultant.gql(REVOKE_INVITATION, { id: second.respondentId }));
      expect(await entry()).toMatchObject({ latest: { title: 'juliet one', overallScore: 75 }, change: null });
    });

    it('should give the distribution of the latest check-ups', async () => {
      const distribution = dataOf(await consultant.gql<{ portfolioDistribution: {
        clientCount: number; scoredCount: number; levels: Array<{ level: number; count: number }>; scoreBuckets: Array<{ from: number; count: number }>;
        dimensions: Array<{ dimensionId: string; count: number; min: number | null; max: number | null; median: number | null }>;
      } }>(PORTFOLIO_DISTRIBUTION, { workspaceId: consultant.workspaceId, filter: { industry: 'food' } })).portfolioDistribution;
      // Food: alpha 25, bravo 25 (latest), charlie 75, delta unscored.
      expect(distribution.clientCount).toBe(4);
      expect(distribution.scoredCount).toBe(3);
      expect(distribution.levels.reduce((sum, l) => sum + l.count, 0)).toBe(3);
      expect(distribution.scoreBuckets.find((b) => b.from === 20)!.count).toBe(2);
      expect(distribution.scoreBuckets.find((b) => b.from === 70)!.count).toBe(1);
      expect(distribution.dimensions.length).toBeGreaterThan(3);
      const scored = distribution.dimensions.find((d) => d.count === 3)!;
      expect([scored.min, scored.median, scored.max]).toEqual([25, 25, 75]);
    });
  });

  describe('benchmarks', () => {
    let consultant: SignedUp;
    let own: { assessmentId: string; token: string };

    beforeAll(async () => {
      consultant = await signUp(server, { name: 'Bea Benchmark', workspaceName: 'Benchmark & Co' });
      const ownClient = await client(consultant, 'own', { industry: 'Retail' });
      await checkup(consultant, ownClient, 0, 'own earlier');
      own = await checkup(consultant, ownClient, 2, 'own latest');
      // Peers: 25, 50, 75, 75 in Retail (case and spaces vary); an archived 100 and another tenant's 100 do not count.
      for (const [name, level, industry] of [['p1', 1, 'retail'], ['p2', 2, ' RETAIL '], ['p3', 3, 'Retail'], ['p4', 3, 'Retail']] as const) {
        await checkup(consultant, await client(consultant, name, { industry }), level);
      }
      const archived = await client(consultant, 'archived', { industry: 'Retail' });
      await checkup(consultant, archived, 4);
      dataOf(await consultant.gql(ARCHIVE_ORGANIZATION, { id: archived, archived: true }));
      const stranger = await signUp(server, { workspaceName: 'Elsewhere' });
      await checkup(stranger, await client(stranger, 'far', { industry: 'Retail' }), 4);
    });

    const benchmarkOf = async (assessmentId: string) => dataOf(await consultant.gql<ResultOut>(RESULT_BENCHMARK, { id: assessmentId })).assessment.result;

    it('should rank a result among the latest check-up of every other non-archived client (hand-computed)', async () => {
      const result = await benchmarkOf(own.assessmentId);
      expect(result.overallScore).toBe(50);
      // Peers 25, 50, 75, 75: below 1, tie 1 → (1 + ½) ÷ 4 = 37.5 %; type-7 quartiles: q1 at 0.75 → 43.75, median 62.5, q3 at 2.25 → 75.
      expect(result.benchmark).toMatchObject({ peerCount: 4, scope: 'WORKSPACE', industry: null, overall: { percentile: 37.5, median: 62.5, q1: 43.8, q3: 75, score: 50 } });
      for (const dimension of result.benchmark!.dimensions) {
        const own = result.dimensions.find((d) => d.dimensionId === dimension.dimensionId)!;
        expect(dimension.score).toBe(own.score);
        if (own.score === 50) expect(dimension).toMatchObject({ percentile: 37.5, median: 62.5, q1: 43.8, q3: 75 });
      }
      expect(result.benchmark!.dimensions.some((d) => d.score === 50)).toBe(true);
    });

    it('should give no industry benchmark below five peers of the industry and one at five', async () => {
      expect((await benchmarkOf(own.assessmentId)).industryBenchmark).toBeNull();
      await checkup(consultant, await client(consultant, 'p5', { industry: 'retail' }), 4);
      const result = await benchmarkOf(own.assessmentId);
      // Peers 25, 50, 75, 75, 100.
      expect(result.industryBenchmark).toMatchObject({ peerCount: 5, scope: 'INDUSTRY', industry: 'Retail', overall: { percentile: 30, median: 75, q1: 50, q3: 75 } });
      expect(result.benchmark!.peerCount).toBe(5);
    });

    it('should give no benchmark through a private link or for a self-assessment', async () => {
      const viaLink = dataOf(await server.gql<{ assessmentResult: { benchmark: unknown; industryBenchmark: unknown } }>(TOKEN_BENCHMARK, { token: own.token }));
      expect(viaLink.assessmentResult).toMatchObject({ benchmark: null, industryBenchmark: null });
      const self = dataOf(await server.gql<{ startSelfAssessment: { token: string } }>(START, { input: { organizationName: 'Solo', industry: 'Retail', role: 'MANAGEMENT', locale: 'EN' } }));
      await answerAndSubmit(server, self.startSelfAssessment.token, 2);
      const selfResult = dataOf(await server.gql<{ assessmentResult: { benchmark: unknown } }>(TOKEN_BENCHMARK, { token: self.startSelfAssessment.token }));
      expect(selfResult.assessmentResult.benchmark).toBeNull();
    });

    it('should give no benchmark when no other client is scored', async () => {
      const lonely = await signUp(server, { workspaceName: 'Lonely' });
      const only = await checkup(lonely, await client(lonely, 'only'), 2);
      const result = dataOf(await lonely.gql<ResultOut>(RESULT_BENCHMARK, { id: only.assessmentId })).assessment.result;
      expect(result.benchmark).toBeNull();
    });

    it('should answer another workspace’s id exactly like a missing one', async () => {
      const stranger = await signUp(server, { workspaceName: 'Snoop' });
      const foreign = await stranger.gql(PORTFOLIO, { workspaceId: consultant.workspaceId });
      const missing = await stranger.gql(PORTFOLIO, { workspaceId: '00000000-0000-4000-8000-00000000dead' });
      expect(codeOf(foreign)).toBe('NOT_FOUND');
      expect(foreign.errors).toEqual(missing.errors);
      const foreignDistribution = await stranger.gql(PORTFOLIO_DISTRIBUTION, { workspaceId: consultant.workspaceId });
      expect(foreignDistribution.errors).toEqual((await stranger.gql(PORTFOLIO_DISTRIBUTION, { workspaceId: '00000000-0000-4000-8000-00000000dead' })).errors);
    });
  });
});
