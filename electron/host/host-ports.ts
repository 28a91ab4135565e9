import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { NativePorts } from '../main/native/ports';
import type { DownloadOffers } from './downloads';

/**
 * Native needs answered without Electron: "save" dialogs pick a fresh name in the documents folder (created
 * when first needed), exports are also offered to the browser as a download, there is no file chooser for
 * Open… (the browser host opens workspaces given with --workspace, or recent ones) and no folder to reveal.
 */
export function createHostPorts(options: { documentsDir: string; downloads: DownloadOffers; log: (message: string) => void }): NativePorts {
  const freshPath = (suggested: string) => {
    mkdirSync(options.documentsDir, { recursive: true });
    return uniquePath(options.documentsDir, suggested);
  };
  return {
    hasNativeFileChooser: false,
    canRevealFiles: false,
    offerDownload: (path) => options.downloads.offer(path),
    chooseNewWorkspacePath: async (suggested) => freshPath(suggested),
    chooseCopyPath: async (suggested) => freshPath(suggested),
    chooseExportPath: async (suggested) => freshPath(suggested),
    chooseWorkspaceToOpen: async () => null,
    revealInFolder: (path) => options.log(`The workspace is at ${path}`),
    openExternal: async (url) => openInSystemBrowser(url, options.log),
    addRecentDocument: () => {},
  };
}

export function uniquePath(folder: string, fileName: string): string {
  const extension = extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  let candidate = join(folder, fileName);
  for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${stem} (${n})${extension}`);
  return candidate;
}

/** Best effort: the system's opener, where there is one; otherwise the address is printed. */
export function openInSystemBrowser(url: string, log: (message: string) => void): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => log(`Open ${url} in your browser.`));
    child.unref();
  } catch {
    log(`Open ${url} in your browser.`);
  }
}
