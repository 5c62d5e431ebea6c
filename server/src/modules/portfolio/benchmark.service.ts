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

/**
 * Where a check-up stands among the latest scored check-up of every OTHER non-archived client of
 * its workspace, and of its industry (trimmed, case-insensitive) when at least five such clients
 * exist. Only members of the workspace see it; self-assessments (one shared tenant, not a
 * portfolio) and results opened through a respondent's private link get none.
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
    const industry = assessment.organization?.industry?.trim() || null;
    const compare = async (scope: BenchmarkScope): Promise<Benchmark | null> => {
      const peers = this.portfolio.peersSql(assessment.workspaceId, assessment.organizationId, scope === 'INDUSTRY' ? industry!.toLowerCase() : null);
      const lists = await this.portfolio.scoreLists(assessment.workspaceId, peers);
      if (lists.count < (scope === 'INDUSTRY' ? MIN_INDUSTRY_PEERS : 1)) return null;
      return {
        scope,
        industry: scope === 'INDUSTRY' ? industry : null,
        peerCount: lists.count,
        overall: standingAmong(lists.overall, subject.overallScore),
        dimensions: subject.dimensions.map((d) => ({ dimensionId: d.dimensionId, ...standingAmong(lists.dimensions.get(d.dimensionId) ?? [], d.score) })),
      };
    };
    const [workspace, industryBenchmark] = await Promise.all([compare('WORKSPACE'), industry ? compare('INDUSTRY') : Promise.resolve(null)]);
    return { workspace, industry: industryBenchmark };
  }
}
