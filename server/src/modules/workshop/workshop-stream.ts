/**
 * A stream of fresh states: the first read at once, then one re-read per change. Changes that
 * arrive while a read runs only mark the stream dirty and cause one more read after it, so 60
 * votes in a burst cost a few reads, not 60, and the last change is never lost. A slow consumer
 * gets the newest state (states replace each other; none is a delta).
 */
export class CoalescingStream<T> implements AsyncIterableIterator<T> {
  private pending: { value: T } | null = null;
  private failure: { error: unknown } | null = null;
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | null = null;
  private reading = false;
  private last: { value: T } | null = null;
  private dirty = false;
  private done = false;
  private readonly unsubscribe: () => void;

  constructor(
    subscribe: (changed: () => void) => () => void,
    private readonly read: () => Promise<T>,
    private readonly onEnd: () => void = () => undefined,
    /** When given, a state equal to the last one delivered is not delivered again. */
    private readonly same?: (a: T, b: T) => boolean,
  ) {
    this.unsubscribe = subscribe(() => this.changed());
    this.changed();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.pending) {
      const { value } = this.pending;
      this.pending = null;
      return Promise.resolve({ value, done: false });
    }
    if (this.failure) {
      const { error } = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** The consumer went away (client disconnect) or the server shuts down: stop listening. */
  return(): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.reject(error);
  }

  /** True once the stream ended (no listener left behind). */
  get ended(): boolean {
    return this.done;
  }

  private changed(): void {
    if (this.done) return;
    if (this.reading) {
      this.dirty = true;
      return;
    }
    this.reading = true;
    this.read().then(
      (value) => {
        this.reading = false;
        this.deliver(value);
        if (this.dirty && !this.done) {
          this.dirty = false;
          this.changed();
        }
      },
      (error: unknown) => {
        this.reading = false;
        this.fail(error);
      },
    );
  }

  private deliver(value: T): void {
    if (this.done) return;
    if (this.same && this.last && this.same(this.last.value, value)) return;
    this.last = { value };
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    } else {
      this.pending = { value };
    }
  }

  private fail(error: unknown): void {
    if (this.done) return;
    const waiting = this.waiting;
    this.waiting = null;
    this.finish();
    if (waiting) waiting.reject(error);
    else this.failure = { error };
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.pending = null;
    this.unsubscribe();
    this.onEnd();
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
  }
}
