/**
 * The one application window: sandboxed renderer, isolated context, no Node, the CommonJS preload, shown only
 * once it has painted. Its title follows the open workspace's business name.
 */
import { BrowserWindow } from 'electron';
import type { WorkspaceStatus } from '../../shared/domain/workspace';
import { windowTitleFor } from './policy';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  status: WorkspaceStatus;
  log: (message: string) => void;
}

export function createMainWindow({ preloadPath, url, status, log }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: windowTitleFor(status),
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });

  window.once('ready-to-show', () => window.show());
  // The title belongs to the shell (business name), not to the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.webContents.on('render-process-gone', (_event, details) => log(`renderer process gone: ${details.reason}`));
  window.webContents.on('did-fail-load', (_event, code, description, failedUrl, isMainFrame) => {
    if (isMainFrame) log(`could not load ${failedUrl}: ${description} (${code})`);
  });

  window.loadURL(url).catch((error: unknown) => log(`could not load the renderer: ${String(error)}`));
  return window;
}

export function setWindowTitle(window: BrowserWindow | null, status: WorkspaceStatus): void {
  if (window && !window.isDestroyed()) window.setTitle(windowTitleFor(status));
}

/** Brings the window to the front (a second launch, or a file opened from the Finder). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
