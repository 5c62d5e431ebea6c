/** One GraphQL result pushed on an event stream. */
export interface StreamEvent<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
}

/** A subscription over graphql-sse's distinct connections mode, read with plain fetch. */
export interface SseSubscription<T> {
  /** Every `next` event so far, oldest first. */
  readonly events: ReadonlyArray<StreamEvent<T>>;
  /** True once the server sent `complete` (or the stream ended). */
  readonly completed: boolean;
  /** Resolves with the first event (already received or to come) that matches; rejects after `timeoutMs`. */
  waitFor(predicate: (event: StreamEvent<T>) => boolean, timeoutMs?: number): Promise<StreamEvent<T>>;
  /** Resolves when the server completes the stream. */
  waitForComplete(timeoutMs?: number): Promise<void>;
  /** Drops the connection, as a phone losing the network does. */
  close(): void;
}

/**
 * Opens `POST <url>/graphql/stream` with `Accept: text/event-stream` (what graphql-sse's client
 * sends) and parses the Server-Sent Events as they arrive.
 */
export async function subscribeSse<T>(
  baseUrl: string, query: string, variables: Record<string, unknown>, options: { cookie?: string } = {},
): Promise<SseSubscription<T>> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/graphql/stream`, {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`stream refused: ${response.status} ${await response.text()}`);
  const events: Array<StreamEvent<T>> = [];
  let completed = false;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
          const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
          if (event === 'next') events.push(JSON.parse(data) as StreamEvent<T>);
          if (event === 'complete') completed = true;
          changed();
        }
      }
    } catch {
      // Aborted by close(): the stream simply ends.
    }
    completed = true;
    changed();
  })();
  const waitUntil = <R>(check: () => R | undefined, timeoutMs: number, what: string): Promise<R> =>
    new Promise((resolve, reject) => {
      const found = check();
      if (found !== undefined) return resolve(found);
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`timed out waiting for ${what}; events so far: ${JSON.stringify(events.slice(-3))}`));
      }, timeoutMs);
      const listener = () => {
        const hit = check();
        if (hit === undefined) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(hit);
      };
      listeners.add(listener);
    });
  return {
    events,
    get completed() {
      return completed;
    },
    waitFor: (predicate, timeoutMs = 10_000) => waitUntil(() => events.find(predicate), timeoutMs, 'a matching event'),
    waitForComplete: (timeoutMs = 10_000) => waitUntil(() => (completed ? true : undefined), timeoutMs, 'the stream to complete').then(() => undefined),
    close: () => controller.abort(),
  };
}
