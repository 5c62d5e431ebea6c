/** A downloaded file's name in two spellings: every letter, and plain ASCII for old clients. */
export interface DownloadName {
  /** `acme-srl-2026-11-30.pdf`; a Persian name has no ASCII letters: `checkup-2026-11-30.pdf`. */
  ascii: string;
  /** Every letter of the client's name kept (`filename*=UTF-8''…`, RFC 6266 / 5987). */
  unicode: string;
}

/** The file name of every download and CLI file: the client's name and a date. */
export function downloadName(clientName: string, date: Date, extension: string): DownloadName {
  const day = date.toISOString().slice(0, 10);
  const slug = (pattern: RegExp, text: string) => text.toLowerCase().replace(pattern, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  const ascii = slug(/[^a-z0-9]+/g, clientName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')) || 'checkup';
  const unicode = slug(/[^\p{L}\p{N}]+/gu, clientName.normalize('NFC')) || 'checkup';
  return { ascii: `${ascii}-${day}.${extension}`, unicode: `${unicode}-${day}.${extension}` };
}

/** `attachment; filename="…"`, with `filename*` when the name has more than ASCII. */
export function contentDisposition(name: DownloadName): string {
  const plain = `attachment; filename="${name.ascii}"`;
  return name.unicode === name.ascii ? plain : `${plain}; filename*=UTF-8''${encodeRfc5987(name.unicode)}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
