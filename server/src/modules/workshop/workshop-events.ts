import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { DatabaseConfig } from '../../config/config.js';

/** The PostgreSQL channel workshop changes are announced on; the payload is only the workshop id. */
export const WORKSHOP_CHANNEL = 'omcheck_workshop';

/**
 * "Workshop X changed": announced by every committed write, heard by every subscriber of X on
 * every instance. Nothing but the id travels; subscribers re-read the state from the database,
 * so no instance holds state another one lacks.
 */
export interface WorkshopEvents {
  /** Starts listening (PostgreSQL: the LISTEN connection); call at startup. */
  start(): Promise<void>;
  /** Inside the writing transaction: on PostgreSQL delivered (to every instance) at commit. */
  announceIn(manager: EntityManager, workshopId: string): Promise<void>;
  /** After the commit: on SQLite the local subscribers hear of it now. */
  committed(workshopId: string): void;
  /** Calls `listener` on each change of the workshop until the returned function is called. */
  subscribe(workshopId: string, listener: () => void): () => void;
  /** Local subscribers now (a closed stream leaves none behind). */
  listenerCount(): number;
  /** Stops listening (shutdown). */
  close(): Promise<void>;
}

/** Fans announcements out to this process's subscribers. */
class LocalFanOut {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open stream; 60 phones and a projector are normal.
    this.emitter.setMaxListeners(0);
  }

  emit(workshopId: string): void {
    this.emitter.emit(workshopId);
  }

  subscribe(workshopId: string, listener: () => void): () => void {
    this.emitter.on(workshopId, listener);
    return () => this.emitter.off(workshopId, listener);
  }

  /** Every workshop with a subscriber here re-reads (after a gap in which changes may have been missed). */
  emitAll(): void {
    for (const name of this.emitter.eventNames()) this.emitter.emit(name);
  }

  listenerCount(): number {
    return this.emitter.eventNames().reduce((sum, name) => sum + this.emitter.listenerCount(name), 0);
  }
}

/** SQLite is one process: announce after the commit, in process. */
export class InProcessWorkshopEvents implements WorkshopEvents {
  private readonly local = new LocalFanOut();

  start(): Promise<void> {
    return Promise.resolve();
  }

  announceIn(): Promise<void> {
    return Promise.resolve();
  }

  committed(workshopId: string): void {
    this.local.emit(workshopId);
  }

  subscribe(workshopId: string, listener: () => void): () => void {
    return this.local.subscribe(workshopId, listener);
  }

  /** Subscribers currently listening (tests check that closed streams leave none behind). */
  listenerCount(): number {
    return this.local.listenerCount();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * PostgreSQL: writers `pg_notify` inside their transaction; one dedicated connection per
 * instance LISTENs and fans out locally. When that connection drops it reconnects with backoff
 * and then tells every local subscriber to re-read, since changes may have been missed meanwhile.
 */
export class PostgresWorkshopEvents implements WorkshopEvents {
  private readonly local = new LocalFanOut();
  /** The listening client, from the start of its connection attempt until it is lost. */
  private client: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private retryMs = 250;
  private retryTimer: NodeJS.Timeout | null = null;
  private connecting: Promise<void> | null = null;

  constructor(
    private readonly database: Extract<DatabaseConfig, { type: 'postgres' }>,
    private readonly logger: Logger,
  ) {}

  /** Connects the listening client; resolves once LISTEN is in place (or the first attempt failed). */
  start(): Promise<void> {
    return (this.connecting ??= this.connect());
  }

  async announceIn(manager: EntityManager, workshopId: string): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [WORKSHOP_CHANNEL, workshopId]);
  }

  committed(): void {
    // Delivered by PostgreSQL at commit, to this instance too.
  }

  subscribe(workshopId: string, listener: () => void): () => void {
    void this.start();
    return this.local.subscribe(workshopId, listener);
  }

  listenerCount(): number {
    return this.local.listenerCount();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.database.url });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === WORKSHOP_CHANNEL && message.payload) this.local.emit(message.payload);
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${WORKSHOP_CHANNEL}`);
      const reconnected = this.retryMs > 250;
      this.listening = true;
      this.retryMs = 250;
      if (reconnected) this.local.emitAll();
    } catch (err) {
      this.lost(client, err);
    }
  }

  private lost(client: pg.Client, err: unknown): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.listening = false;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.retryTimer) return;
    this.logger.warn({ err, retryMs: this.retryMs }, 'workshop event listener lost its connection; reconnecting');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connecting = this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, 5_000);
  }

  /** True while LISTEN is in place (health and tests). */
  isListening(): boolean {
    return this.listening;
  }
}
