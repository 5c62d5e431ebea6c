import { NotFoundError, UnauthenticatedError, standingAmong, type ScoreStanding } from '@omcheck/shared';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import { SELF_SERVICE_WORKSPACE_ID } from '../assessment/self-assessment.service.js';
import type { PortfolioRepository } from './portfolio.repository.js';

export type BenchmarkScope = 'WORKSPACE' | 'INDUSTRY';

/** The result being compared: its check-up and its own scores. */
export interface BenchmarkSubject {
  assessmentId: string;
  overallScore: number | null;
  dimensions: ReadonlyArray<{ dimensionId: string; score: number | null }>;
}

export interface Benchmark {
  scope: BenchmarkScope;
  industry: string | null;
  peerCount: number;
  overall: ScoreStanding;
  dimensions: Array<ScoreStanding & { dimensionId: string }>;
}

export interface Benchmarks {
  workspace: Benchmark | null;
  industry: Benchmark | null;
}

/** An industry benchmark needs at least this many other clients of the industry. */
export const MIN_INDUSTRY_PEERS = 5;

const industryKey = (industry: string | null): string | null => industry?.trim().toLowerCase() || null;

/**
 * Where a check-up stands among the latest scored check-up of every OTHER non-archived client of
 * its workspace, and of its industry (case-insensitive) when at least five such clients exist.
 * Only members of the workspace see it; self-assessments (one shared tenant, not a portfolio)
 * and results opened through a respondent's private link get none.
 */
export class BenchmarkService {
  constructor(
    private readonly portfolio: PortfolioRepository,
    private readonly access: AccessGuard,
  ) {}

  async benchmarks(actor: Actor | null, subject: BenchmarkSubject): Promise<Benchmarks> {
    const none = { workspace: null, industry: null };
    if (!actor) return none;
    let grant;
    try {
      grant = await this.access.assessment(actor, subject.assessmentId, 'read');
    } catch (err) {
      // Not a member: the result was reached through a private link, which shows no portfolio.
      if (err instanceof NotFoundError || err instanceof UnauthenticatedError) return none;
      throw err;
    }
    const { assessment } = grant;
    if (assessment.workspaceId === SELF_SERVICE_WORKSPACE_ID || assessment.kind === 'SELF') return none;
    const [clients, scores] = await Promise.all([
      this.portfolio.latestClients(assessment.workspaceId),
      this.portfolio.latestDimensionScores(assessment.workspaceId),
    ]);
    const peers = clients.filter((c) => c.organizationId !== assessment.organizationId && !c.archived);
    const industry = assessment.organization?.industry ?? null;
    const ownIndustry = industryKey(industry);
    const industryPeers = ownIndustry ? peers.filter((c) => industryKey(c.industry) === ownIndustry) : [];
    const compare = (scope: BenchmarkScope, group: typeof peers): Benchmark => {
      const members = new Set(group.map((c) => c.organizationId));
      const byDimension = new Map<string, number[]>();
      // Rows arrive by dimension and score, so each list is already ascending.
      for (const row of scores) {
        if (!members.has(row.organizationId)) continue;
        let list = byDimension.get(row.dimensionId);
        if (!list) byDimension.set(row.dimensionId, (list = []));
        list.push(row.score);
      }
      const overall = group.map((c) => c.overallScore).filter((s): s is number => s !== null).sort((a, b) => a - b);
      return {
        scope,
        industry: scope === 'INDUSTRY' ? industry!.trim() : null,
        peerCount: group.length,
        overall: standingAmong(overall, subject.overallScore),
        dimensions: subject.dimensions.map((d) => ({ dimensionId: d.dimensionId, ...standingAmong(byDimension.get(d.dimensionId) ?? [], d.score) })),
      };
    };
    return {
      workspace: peers.length > 0 ? compare('WORKSPACE', peers) : null,
      industry: industryPeers.length >= MIN_INDUSTRY_PEERS ? compare('INDUSTRY', industryPeers) : null,
    };
  }
}
