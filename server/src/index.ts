/** What tests and benchmarks use to run the real server in-process. */
export { loadConfig, parseDatabaseUrl, type AppConfig, type DatabaseConfig } from './config/config.js';
export { createDataSource, migrate, pendingSchemaChanges } from './db/data-source.js';
export { startApp, BODY_LIMIT, IMPORT_BODY_LIMIT, IMPORT_HEADER, type RunningApp } from './http/app.js';
export { createLogger } from './http/logger.js';
export { DOWNLOAD_ROUTES, type DownloadRoute } from './http/exports.routes.js';
export { createSchema } from './graphql/schema.js';
export { createServices, type Services } from './services.js';
export { DEMO_TOKEN, demoAnswers, seedDemo } from './demo/seed-demo.js';
export { REPORT_ROUTES } from './http/report.routes.js';
export { PortfolioRepository } from './modules/portfolio/portfolio.repository.js';
