import { LRUCache } from 'lru-cache';
import QRCode from 'qrcode';

/** QR codes kept rendered: one per workshop and address it is reached at, for the busiest few hundred. */
export const QR_CACHE_ENTRIES = 500;

/**
 * Join QR codes as SVG, rendered once per link. The cache is bounded: without PUBLIC_URL
 * the link's address comes from each request's Host header, which a client chooses.
 */
export class QrCodes {
  readonly #cache = new LRUCache<string, string>({ max: QR_CACHE_ENTRIES });

  async svgFor(url: string): Promise<string> {
    let svg = this.#cache.get(url);
    if (!svg) {
      svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
      this.#cache.set(url, svg);
    }
    return svg;
  }

  /** How many are kept now (at most QR_CACHE_ENTRIES). */
  get size(): number {
    return this.#cache.size;
  }
}
