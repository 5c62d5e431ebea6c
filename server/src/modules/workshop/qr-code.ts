import QRCode from 'qrcode';

const cache = new Map<string, string>();
const CACHE_SIZE = 100;

/**
 * The QR code of `url` as a standalone SVG (paths only, no scripts), for the projector. A
 * workshop's url never changes, so each is drawn once (a small cache, oldest dropped first).
 */
export async function qrCodeSvg(url: string): Promise<string> {
  const cached = cache.get(url);
  if (cached) return cached;
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(url, svg);
  return svg;
}
