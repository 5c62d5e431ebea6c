// A GraphQL subscription over graphql-sse's distinct connections mode, read with plain fetch:
// calls `onEvent(result, receivedAt)` for every `next` event.
export async function subscribe(baseUrl, query, variables, { cookie, onEvent }) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/graphql/stream`, {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.ok) throw new Error(`stream refused: ${response.status}`);
  const done = (async () => {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (lines.find((l) => l.startsWith('event:'))?.slice(6).trim() !== 'next') continue;
          onEvent(JSON.parse(lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n')), performance.now());
        }
      }
    } catch {
      // closed
    }
  })();
  return { close: () => controller.abort(), done };
}
