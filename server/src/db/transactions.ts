import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs work in a database transaction. better-sqlite3 has one shared connection, so concurrent
 * TypeORM transactions on it interleave and fail; they are queued behind a FIFO mutex there.
 * PostgreSQL uses its pool and needs no queue.
 */
export class TransactionRunner {
  private readonly mutex: Mutex | undefined;

  constructor(private readonly dataSource: DataSource) {
    this.mutex = dataSource.options.type === 'better-sqlite3' ? new Mutex() : undefined;
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.mutex) return this.dataSource.transaction(work);
    return this.mutex.runExclusive(() => this.dataSource.transaction(work));
  }

  /**
   * Runs ONE write statement, which the database applies atomically on its own: no BEGIN/COMMIT
   * round trips. On SQLite it still waits for the mutex, so it never lands inside another
   * request's open transaction on the shared connection.
   */
  async single<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.mutex) return work(this.dataSource.manager);
    return this.mutex.runExclusive(() => work(this.dataSource.manager));
  }

  /**
   * Like `single`, for work whose one statement runs synchronously as soon as it is called:
   * `RawSql` on SQLite. With no transaction holding the shared connection it runs at once, with
   * no turn in the queue (the autosave's cost); otherwise it waits like `single`.
   */
  async immediate<T>(work: () => Promise<T>): Promise<T> {
    if (!this.mutex || !this.mutex.isLocked()) return work();
    return this.mutex.runExclusive(work);
  }
}
