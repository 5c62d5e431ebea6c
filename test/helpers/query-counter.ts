import type { Logger, QueryRunner } from 'typeorm';

/** A TypeORM logger that records every SQL statement: for tests that bound the statement count. */
export class QueryCounter implements Logger {
  statements: string[] = [];

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.statements.push(query);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /** Statements recorded while `work` ran. */
  async during(work: () => Promise<unknown>): Promise<string[]> {
    const start = this.statements.length;
    await work();
    return this.statements.slice(start);
  }
}
