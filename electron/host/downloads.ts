import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';

/** How long an offered download can be fetched: the renderer follows it at once, so a few minutes is plenty. */
export const DOWNLOAD_LIFETIME_MS = 5 * 60_000;

/** The URL path a download is served at; the id is 32 random hex digits. */
export const DOWNLOAD_PATH = /^\/download\/([a-f0-9]{32})$/;

export interface OfferedDownload {
  path: string;
  fileName: string;
}

/**
 * Files the browser host itself wrote (exports into its documents folder), offered to the browser as downloads.
 * The renderer never names a path: it gets an unguessable id that works once and for a few minutes.
 */
export class DownloadOffers {
  private readonly offers = new Map<string, OfferedDownload & { expiresAt: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly lifetimeMs = DOWNLOAD_LIFETIME_MS,
  ) {}

  /** Registers a file the host wrote; answers the URL path the renderer fetches it from. */
  offer(path: string): string {
    this.dropExpired();
    const id = randomBytes(16).toString('hex');
    this.offers.set(id, { path, fileName: basename(path), expiresAt: this.now() + this.lifetimeMs });
    return `/download/${id}`;
  }

  /** The file behind an id, once: the id is forgotten whether or not it was still valid. */
  take(id: string): OfferedDownload | null {
    const offer = this.offers.get(id);
    this.offers.delete(id);
    if (!offer || offer.expiresAt <= this.now()) return null;
    return { path: offer.path, fileName: offer.fileName };
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [id, offer] of this.offers) if (offer.expiresAt <= now) this.offers.delete(id);
  }
}

/**
 * `attachment` with the name as plain ASCII (older clients) and as RFC 5987 UTF-8 (`filename*`), so
 * "Søren Ærø - personal data.txt" keeps its letters and no quote or line break can end the header early.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'download';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
