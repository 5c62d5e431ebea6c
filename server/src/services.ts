import { pino, type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/config.js';
import { TransactionRunner } from './db/transactions.js';
import { DEMO_TOKEN } from './demo/demo-token.js';
import { RateLimits } from './http/rate-limits.js';
import { AccessGuard } from './modules/access/access.guard.js';
import { AccountService } from './modules/account/account.service.js';
import { PasswordHasher } from './modules/account/password-hasher.js';
import { AnswerRepository } from './modules/answer/answer.repository.js';
import { AnswerService } from './modules/answer/answer.service.js';
import { AssessmentRepository } from './modules/assessment/assessment.repository.js';
import { AssessmentService } from './modules/assessment/assessment.service.js';
import { SelfAssessmentService } from './modules/assessment/self-assessment.service.js';
import { SelfAssessmentRepository } from './modules/assessment/self-assessment.repository.js';
import { InvitationService } from './modules/invitation/invitation.service.js';
import { OrganizationRepository } from './modules/organization/organization.repository.js';
import { OrganizationService } from './modules/organization/organization.service.js';
import { CustomQuestionnaireRepository } from './modules/questionnaire/custom-questionnaire.repository.js';
import { ExchangeService } from './modules/exchange/exchange.service.js';
import { FollowUpService } from './modules/history/follow-up.service.js';
import { HistoryService } from './modules/history/history.service.js';
import { LatestQuestionnaire } from './modules/history/latest-questionnaire.js';
import { NextCheckupService } from './modules/history/next-checkup.service.js';
import { CustomQuestionnaireService } from './modules/questionnaire/custom-questionnaire.service.js';
import { QuestionnaireService } from './modules/questionnaire/questionnaire.service.js';
import { RecommendationRepository } from './modules/recommendation/recommendation.repository.js';
import { RecommendationService } from './modules/recommendation/recommendation.service.js';
import { BenchmarkService } from './modules/portfolio/benchmark.service.js';
import { LatestResultRepository } from './modules/portfolio/latest-result.repository.js';
import { PortfolioRepository } from './modules/portfolio/portfolio.repository.js';
import { PortfolioService } from './modules/portfolio/portfolio.service.js';
import { PdfRenderer } from './modules/report/pdf-renderer.js';
import { ReportService } from './modules/report/report.service.js';
import { TeamResultService } from './modules/team/team-result.service.js';
import { RespondentSessionService } from './modules/respondent/respondent-session.service.js';
import { RespondentRepository } from './modules/respondent/respondent.repository.js';
import { ResultSnapshotRepository } from './modules/result/result.repository.js';
import { ResultService } from './modules/result/result.service.js';
import { RetentionRepository } from './modules/retention/retention.repository.js';
import { RetentionService } from './modules/retention/retention.service.js';
import { ShareLinkRepository } from './modules/share/share-link.repository.js';
import { ShareLinkService } from './modules/share/share-link.service.js';
import { UserSessionRepository } from './modules/user/user-session.repository.js';
import { UserRepository } from './modules/user/user.repository.js';
import { WorkspaceRepository } from './modules/workspace/workspace.repository.js';
import { WorkspaceService } from './modules/workspace/workspace.service.js';
import { ConsensusService } from './modules/workshop/consensus.service.js';
import { InProcessWorkshopEvents, PostgresWorkshopEvents, type WorkshopEvents } from './modules/workshop/workshop-events.js';
import { WorkshopParticipantService } from './modules/workshop/workshop-participant.service.js';
import { WorkshopStateReader } from './modules/workshop/workshop-state.js';
import { WorkshopStreams } from './modules/workshop/workshop-streams.js';
import { WorkshopRepository } from './modules/workshop/workshop.repository.js';
import { WorkshopService } from './modules/workshop/workshop.service.js';

/** The application's services, wired once per process (they hold no per-request state). */
export interface Services {
  questionnaires: QuestionnaireService;
  selfAssessments: SelfAssessmentService;
  sessions: RespondentSessionService;
  answers: AnswerService;
  results: ResultService;
  accounts: AccountService;
  workspaces: WorkspaceService;
  organizations: OrganizationService;
  assessments: AssessmentService;
  invitations: InvitationService;
  recommendations: RecommendationService;
  teamResults: TeamResultService;
  retention: RetentionService;
  customQuestionnaires: CustomQuestionnaireService;
  shareLinks: ShareLinkService;
  reports: ReportService;
  /** Headless Chromium for PDF reports, started on first use. */
  pdf: PdfRenderer;
  exchange: ExchangeService;
  /** A client's check-ups over time: the previous result, compared. */
  history: HistoryService;
  nextCheckups: NextCheckupService;
  followUps: FollowUpService;
  portfolio: PortfolioService;
  benchmarks: BenchmarkService;
  /** Workshop mode: the facilitator's side, the participants' side, live streams, the consensus. */
  workshops: WorkshopService;
  workshopParticipants: WorkshopParticipantService;
  workshopStreams: WorkshopStreams;
  workshopEvents: WorkshopEvents;
  consensus: ConsensusService;
  guard: AccessGuard;
  limits: RateLimits;
  /** Releases what the services hold besides the data source (the rate-limit pool). */
  close(): Promise<void>;
}

export function createServices(
  dataSource: DataSource,
  config: Pick<AppConfig, 'auth' | 'rateLimits' | 'database' | 'pdf'>,
  logger: Logger = pino({ level: 'silent' }),
): Services {
  const transactions = new TransactionRunner(dataSource);
  const customQuestionnaires = new CustomQuestionnaireRepository(dataSource);
  const questionnaires = new QuestionnaireService(customQuestionnaires);
  const respondents = new RespondentRepository(dataSource);
  const answers = new AnswerRepository(dataSource);
  const organizations = new OrganizationRepository(dataSource);
  const assessments = new AssessmentRepository(dataSource);
  const workspaces = new WorkspaceRepository(dataSource);
  const recommendations = new RecommendationRepository(dataSource);
  const shareLinkRepository = new ShareLinkRepository(dataSource);
  const workshopRepository = new WorkshopRepository(dataSource);
  const consensus = new ConsensusService(workshopRepository, answers, questionnaires);
  const guard = new AccessGuard(organizations, assessments, respondents, workspaces, recommendations, questionnaires, shareLinkRepository, workshopRepository);
  const limits = RateLimits.create(config.rateLimits, config.database);
  const customQuestionnaireService = new CustomQuestionnaireService(customQuestionnaires, guard);
  const snapshots = new ResultSnapshotRepository(dataSource);
  const results = new ResultService(transactions, respondents, answers, snapshots, recommendations, questionnaires, new LatestResultRepository());
  const sessions = new RespondentSessionService(respondents, answers, questionnaires, [DEMO_TOKEN]);
  const shareLinks = new ShareLinkService(shareLinkRepository, guard);
  const pdf = new PdfRenderer(config.pdf, logger);
  const history = new HistoryService(assessments, recommendations, questionnaires);
  const latestQuestionnaire = new LatestQuestionnaire(questionnaires, customQuestionnaires);
  const portfolio = new PortfolioRepository(dataSource);
  const workshopEvents = config.database.type === 'postgres' ? new PostgresWorkshopEvents(config.database, logger) : new InProcessWorkshopEvents();
  const workshopReader = new WorkshopStateReader(workshopRepository, questionnaires);
  const workshops = new WorkshopService(transactions, guard, workshopRepository, respondents, answers, results, workshopReader, workshopEvents);
  const workshopParticipants = new WorkshopParticipantService(transactions, workshopRepository, respondents, workshopReader, workshopEvents);
  const workshopStreams = new WorkshopStreams(workshops, workshopParticipants, workshopRepository, workshopReader, workshopEvents);
  return {
    questionnaires,
    selfAssessments: new SelfAssessmentService(transactions, questionnaires, new SelfAssessmentRepository(dataSource)),
    sessions,
    answers: new AnswerService(transactions, answers),
    results,
    accounts: new AccountService(
      config.auth, transactions, new UserRepository(dataSource), new UserSessionRepository(dataSource), workspaces, new PasswordHasher(), limits,
    ),
    workspaces: new WorkspaceService(transactions, workspaces, guard),
    organizations: new OrganizationService(transactions, organizations, guard),
    assessments: new AssessmentService(transactions, assessments, respondents, answers, questionnaires, guard, results, customQuestionnaireService),
    recommendations: new RecommendationService(transactions, recommendations, questionnaires, guard),
    teamResults: new TeamResultService(assessments, respondents, answers, questionnaires),
    retention: new RetentionService(transactions, new RetentionRepository(dataSource)),
    customQuestionnaires: customQuestionnaireService,
    exchange: new ExchangeService(
      transactions, guard, organizations, assessments, respondents, answers, snapshots, recommendations, questionnaires, customQuestionnaireService, results,
    ),
    portfolio: new PortfolioService(portfolio, questionnaires, guard),
    benchmarks: new BenchmarkService(portfolio, guard),
    invitations: new InvitationService(transactions, respondents, results, guard),
    shareLinks,
    reports: new ReportService(guard, sessions, shareLinks, results, organizations, respondents, answers, recommendations, assessments, questionnaires, history, consensus),
    pdf,
    history,
    nextCheckups: new NextCheckupService(transactions, guard, assessments, respondents, latestQuestionnaire),
    followUps: new FollowUpService(transactions, sessions, results, assessments, respondents, answers, latestQuestionnaire),
    workshops,
    workshopParticipants,
    workshopStreams,
    workshopEvents,
    consensus,
    guard,
    limits,
    close: async () => {
      workshopStreams.closeAll();
      await Promise.all([limits.close(), pdf.close(), workshopEvents.close()]);
    },
  };
}
