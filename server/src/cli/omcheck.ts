#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@omcheck/shared';
import { loadConfig } from '../config/config.js';
import { createDataSource, migrate, pendingSchemaChanges } from '../db/data-source.js';
import { seedDemo } from '../demo/seed-demo.js';
import { createSchema } from '../graphql/schema.js';
import { createLogger } from '../http/logger.js';
import { createServices } from '../services.js';
import { backupDatabase } from './backup.js';
import { parseReportCommand, writeReport } from './report.js';
import { seedPortfolio } from './seed-portfolio.js';
import { createUser, parseFlags, readPassword } from './user-create.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `omcheck — OM Check-up command line

  omcheck migrate                     apply pending migrations to DATABASE_URL
  omcheck seed-demo                   create the demo data (idempotent)
  omcheck seed:portfolio [--assessments N] [--workspace ID|new] [--seed S]
                                      generate a benchmark workspace: N check-ups (default 10000,
                                      about 300 answers each) of thousands of clients, scored
  omcheck user:create --email E --name N --workspace W
                                      create a consultant account owning workspace W;
                                      the password is read from standard input
  omcheck purge [--days N]            delete self-assessments never answered, older than N days
                                      (default ABANDONED_RETENTION_DAYS, 30)
  omcheck backup <file>               consistent copy of the live SQLite database, integrity-checked
  omcheck report <assessmentId> [--format pdf|pptx|csv|json] [--locale en|it|nl|fa] [--out FILE]
                                      write a check-up's report or its answers file (default: PDF in its own language,
                                      named after the client and the date)
  omcheck emit-schema [file]          write the GraphQL SDL (default server/schema.graphql)
  omcheck migration:check             fail when the entities differ from the migrations
  omcheck migration:generate <Name>   write a migration for DATABASE_URL's dialect (development)
`;

async function withDatabase<T>(work: (ds: ReturnType<typeof createDataSource>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'migrate':
      await withDatabase(async (ds) => console.log(`applied: ${(await migrate(ds)).join(', ') || 'nothing (up to date)'}`));
      return 0;
    case 'seed-demo':
      await withDatabase(async (ds) => {
        await migrate(ds);
        const config = loadConfig();
        const services = createServices(ds, { ...config, rateLimits: null });
        try {
          const seeded = await seedDemo(services, createLogger(config), `http://localhost:${config.port}`);
          console.log(`demo consultant: ${seeded.consultantEmail} / ${seeded.consultantPassword}`);
        } finally {
          await services.close();
        }
      });
      return 0;
    case 'seed:portfolio': {
      let flags: Record<string, string>;
      try {
        flags = parseFlags(rest, ['assessments', 'workspace', 'seed']);
      } catch (err) {
        console.error(err instanceof Error ? err.message : String(err));
        return 2;
      }
      const assessments = Number(flags['assessments'] ?? 10_000);
      const seed = Number(flags['seed'] ?? 11);
      if (!Number.isInteger(assessments) || assessments < 1 || assessments > 1_000_000 || !Number.isInteger(seed)) {
        console.error('Give --assessments as a whole number from 1 to 1000000 (and --seed as a whole number).');
        return 2;
      }
      const workspace = flags['workspace'] && flags['workspace'] !== 'new' ? flags['workspace'] : null;
      return withDatabase(async (ds) => {
        await migrate(ds);
        const services = createServices(ds, { ...loadConfig(), rateLimits: null });
        try {
          const seeded = await seedPortfolio(ds, services, { assessments, workspaceId: workspace, seed, progress: (line) => console.error(line) });
          console.log(JSON.stringify(seeded));
          return 0;
        } catch (err) {
          console.error(err instanceof Error ? err.message : String(err));
          return 2;
        } finally {
          await services.close();
        }
      });
    }
    case 'user:create': {
      const flags = parseFlags(rest, ['email', 'name', 'workspace']);
      if (!flags['email'] || !flags['name'] || !flags['workspace']) {
        console.error('Give --email, --name and --workspace; the password is read from standard input.');
        return 2;
      }
      const password = await readPassword();
      return withDatabase(async (ds) => {
        await migrate(ds);
        const services = createServices(ds, { ...loadConfig(), rateLimits: null });
        try {
          await createUser(services, { email: flags['email']!, name: flags['name']!, workspace: flags['workspace']! }, password);
          console.log(`created ${flags['email']!.trim().toLowerCase()}, owner of "${flags['workspace']!}"`);
          return 0;
        } catch (err) {
          if (err instanceof DomainError) {
            console.error(err.message);
            return 2;
          }
          throw err;
        } finally {
          await services.close();
        }
      });
    }
    case 'purge': {
      const flags = parseFlags(rest, ['days']);
      const days = flags['days'] === undefined ? loadConfig().abandonedRetentionDays : Number(flags['days']);
      if (!Number.isInteger(days) || days < 1) {
        console.error('Give --days as a whole number of at least 1.');
        return 2;
      }
      return withDatabase(async (ds) => {
        await migrate(ds);
        const services = createServices(ds, { ...loadConfig(), rateLimits: null });
        try {
          console.log(`deleted ${await services.retention.purgeAbandoned(days)} unanswered self-assessments older than ${days} days`);
          return 0;
        } finally {
          await services.close();
        }
      });
    }
    case 'backup': {
      if (!rest[0]) {
        console.error('Give the file to write, e.g. omcheck backup backups/omcheck-2026-11-30.sqlite');
        return 2;
      }
      try {
        const outcome = await backupDatabase(loadConfig().database, rest[0]);
        console.log(`wrote ${outcome.file} (${outcome.bytes} bytes), integrity check ok`);
        return 0;
      } catch (err) {
        console.error(err instanceof Error ? err.message : String(err));
        return 2;
      }
    }
    case 'report': {
      let command;
      try {
        command = parseReportCommand(rest);
      } catch (err) {
        console.error(err instanceof Error ? err.message : String(err));
        return 2;
      }
      return withDatabase(async (ds) => {
        const services = createServices(ds, { ...loadConfig(), rateLimits: null });
        try {
          const written = await writeReport(services, command);
          console.log(`wrote ${written.file} (${written.bytes} bytes)`);
          return 0;
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          console.error(err.message);
          return 2;
        } finally {
          await services.close();
        }
      });
    }
    case 'emit-schema': {
      const file = path.resolve(rest[0] ?? path.join(serverRoot, 'schema.graphql'));
      await createSchema({ emitSchemaFile: file });
      console.log(`wrote ${file}`);
      return 0;
    }
    case 'migration:check':
      return withDatabase(async (ds) => {
        await migrate(ds);
        const pending = await pendingSchemaChanges(ds);
        if (pending.up.length === 0) {
          console.log(`${ds.options.type}: migrations match the entities`);
          return 0;
        }
        console.error(`${ds.options.type}: entities differ from migrations:\n${pending.up.join(';\n')}`);
        return 1;
      });
    case 'migration:generate': {
      const name = rest[0];
      if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
        console.error('Give the migration a PascalCase name, e.g. omcheck migration:generate AddShareLinks');
        return 2;
      }
      return withDatabase(async (ds) => {
        await migrate(ds);
        const pending = await pendingSchemaChanges(ds);
        if (pending.up.length === 0) {
          console.log('nothing to generate: the schema matches the entities');
          return 0;
        }
        const dialect = ds.options.type === 'postgres' ? 'postgres' : 'sqlite';
        const timestamp = Date.now();
        const className = `${name}${timestamp}`;
        const file = path.join(serverRoot, 'src/db/migrations', dialect, `${timestamp}-${name}.ts`);
        fs.writeFileSync(file, migrationSource(className, pending.up, [...pending.down].reverse()));
        console.log(`wrote ${file}\nadd ${className} to src/db/migrations/${dialect}/index.ts`);
        return 0;
      });
    }
    default:
      console.log(USAGE);
      return command && command !== 'help' ? 2 : 0;
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  },
);
