/** What became of a report download the page fetched itself. */
export type DownloadOutcome =
  | { kind: 'downloaded'; fileName: string }
  /** The server has no PDF renderer (HTTP 503 `REPORT_RENDERER_UNAVAILABLE`): offer the browser's print instead. */
  | { kind: 'renderer-unavailable' }
  | { kind: 'failed'; code: string | null };

/**
 * The file name a `Content-Disposition` header gives, else `fallback`. `filename*` (RFC 5987,
 * UTF-8) wins over `filename`, as browsers do, so a Persian client name survives.
 */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(header);
  return plain?.[1] ?? plain?.[2] ?? fallback;
}

/**
 * Fetches a report file and hands it to the browser as a download. Fetched rather than linked so
 * a server without a PDF renderer (503) can be told apart and answered with a print fallback
 * instead of a page of plain text. The session cookie goes along (same origin).
 */
export async function downloadReport(url: string, fallbackName: string): Promise<DownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    return { kind: 'failed', code: 'NETWORK' };
  }
  const code = response.headers.get('X-Error-Code');
  if (response.status === 503 && code === 'REPORT_RENDERER_UNAVAILABLE') return { kind: 'renderer-unavailable' };
  if (!response.ok) return { kind: 'failed', code };
  const fileName = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
  return { kind: 'downloaded', fileName };
}
