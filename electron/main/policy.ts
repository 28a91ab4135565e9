/**
 * Pure decisions of the Electron shell's security and presentation, kept free of Electron so they are unit-tested:
 * which URLs belong to the app, whether an IPC sender is trusted, which links may leave the app, and the window
 * title. security.ts, ipc.ts, window.ts and menu.ts apply them.
 */
import type { WorkspaceStatus } from '../../shared/domain/workspace';
import { checkedExternalUrl } from './handlers';
import { APP_ORIGIN } from './paths';

export const PRODUCT_NAME = 'Rapport';

/**
 * The origin of a URL as scheme://host[:port], lower-cased; null for anything unparsable or without a host.
 * (Node's URL gives "null" as the origin of non-special schemes such as app:, so it is built by hand.)
 */
export function originOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!url.host || url.username || url.password) return null;
  return `${url.protocol}//${url.host}`.toLowerCase();
}

/**
 * The origins the renderer may live at: the app scheme always; the electron-vite dev server only when the app
 * is not packaged and the dev server's URL was given (`electron-vite dev` sets ELECTRON_RENDERER_URL).
 */
export function rendererOrigins(options: { isPackaged: boolean; devServerUrl: string | undefined }): string[] {
  const origins = [APP_ORIGIN];
  if (!options.isPackaged && options.devServerUrl) {
    const dev = originOf(options.devServerUrl);
    if (dev && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(dev)) origins.push(dev);
  }
  return origins;
}

/** Whether a URL is one of the app's own pages: navigation there is allowed, anywhere else it is denied. */
export function isAppUrl(raw: string, origins: readonly string[]): boolean {
  const origin = originOf(raw);
  return origin !== null && origins.includes(origin);
}

/** What the IPC handler knows about a sender, read from the event. */
export interface SenderFacts {
  /** webContents id of the sender; null when unknown. */
  webContentsId: number | null;
  /** Whether the sending frame is still alive (senderFrame is null once it navigated away or was destroyed). */
  hasFrame: boolean;
  /** Whether the sending frame is a top-level frame (no parent). */
  isTopFrame: boolean;
  frameUrl: string;
}

/**
 * Only the main window's top frame, showing the app's own page, may call: not an iframe, not another window,
 * not a page that somehow navigated elsewhere.
 */
export function isTrustedSender(sender: SenderFacts, mainWebContentsId: number | null, origins: readonly string[]): boolean {
  return (
    mainWebContentsId !== null &&
    sender.webContentsId === mainWebContentsId &&
    sender.hasFrame &&
    sender.isTopFrame &&
    isAppUrl(sender.frameUrl, origins)
  );
}

/** A link the renderer tries to open in a new window leaves the app only as https, to the system browser. */
export function externalUrlFor(raw: string): string | null {
  try {
    return checkedExternalUrl(raw);
  } catch {
    return null;
  }
}

/** "Bakery Jensen — Rapport" while a workspace is open, "Rapport" otherwise. */
export function windowTitleFor(status: WorkspaceStatus): string {
  if (!status.open) return PRODUCT_NAME;
  const name = status.profile.name.replace(/\s+/g, ' ').trim();
  return name ? `${name} — ${PRODUCT_NAME}` : PRODUCT_NAME;
}

/**
 * A label for a native menu item from user text (a business name): on Windows and Linux "&" marks a mnemonic,
 * so a literal one is doubled ("Smith & Sons" would otherwise show as "Smith  Sons").
 */
export function menuLabel(text: string, platform: NodeJS.Platform): string {
  const clean = text.replace(/[\u0000-\u001f]/g, ' ').trim();
  return platform === 'darwin' ? clean : clean.replace(/&/g, '&&');
}

