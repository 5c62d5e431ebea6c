import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { createDataSource, migrate } from './db/data-source.js';
import { DEMO_TOKEN, seedDemo } from './demo/seed-demo.js';
import { startApp } from './http/app.js';
import { createLogger } from './http/logger.js';
import { createServices } from './services.js';

/** Bootstrap only: config → database (migrated) → optional demo data → HTTP → graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  logger.info({ database: config.database.type, applied }, 'database ready');

  const services = createServices(dataSource, config, logger);
  const app = await startApp(config, dataSource, logger, services);

  // Before anything says the server is up: a SIGTERM sent on that word must find the handler.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    app
      .stop()
      .then(() => services.close())
      .then(() => dataSource.destroy())
      .then(() => {
        logger.info('stopped cleanly');
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  const demo = process.argv.includes('--demo');
  const seeded = demo ? await seedDemo(services, logger, app.url) : null;
  logger.info({ url: app.url }, 'OM Check-up is listening');
  if (demo) {
    // Plain words for the person who just ran the quick-start command; the logs stay JSON.
    process.stderr.write(
      `\n  OM Check-up is running at ${app.url}\n  Demo results: ${app.url}/r/${DEMO_TOKEN}/results\n` +
        (seeded ? `  Consultant console: ${app.url}/sign-in  (email ${seeded.consultantEmail}, password ${seeded.consultantPassword})\n` : '') +
        '  Stop with Ctrl+C.\n\n',
    );
  }

  const purge = (): void => {
    services.limits
      .purgeExpired()
      .then((deleted) => deleted > 0 && logger.debug({ deleted }, 'purged expired rate-limit counters'))
      .catch((err: unknown) => logger.warn({ err }, 'purging rate-limit counters failed'));
    if (config.abandonedRetentionDays === 0) return;
    services.retention
      .purgeAbandoned(config.abandonedRetentionDays)
      .then((deleted) => deleted > 0 && logger.info({ deleted, days: config.abandonedRetentionDays }, 'purged abandoned self-assessments'))
      .catch((err: unknown) => logger.warn({ err }, 'purging abandoned self-assessments failed'));
  };
  purge();
  // Every instance may run it: the delete is idempotent.
  setInterval(purge, 6 * 3_600_000).unref();

}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
