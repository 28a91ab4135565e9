/**
 * Rapport's Electron main process, read as a boot script: the steps below run in this order, each a named
 * function further down. Everything that is not Electron-specific (engine worker, session, router) is shared
 * with the browser host through startServices.
 */
import { join } from 'node:path';
import { type BrowserWindow, app, dialog, session as electronSession } from 'electron';
import type { EventMap, EventName } from '../../shared/contract/events';
import type { WorkspaceStatus } from '../../shared/domain/workspace';
import { registerRpc, sendEvent } from './ipc';
import { installAppMenu } from './menu';
import type { MenuActions } from './menu-template';
import { createElectronPorts } from './native/electron-ports';
import { APP_ENTRY_URL, type SingleInstanceData, workspaceFromSecondInstance, workspacePathFromArgv } from './paths';
import { PRODUCT_NAME, rendererOrigins } from './policy';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, hardenAllWebContents } from './security';
import { type Services, startServices } from './services';
import { createMainWindow, focusWindow, setWindowTitle } from './window';

const log = (message: string) => console.error(`[rapport] ${message}`);

const RENDERER_DIR = join(__dirname, '../renderer');
const PRELOAD_PATH = join(__dirname, '../preload/index.cjs');
const DEV_SERVER_URL = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const ORIGINS = rendererOrigins({ isPackaged: app.isPackaged, devServerUrl: DEV_SERVER_URL });

/** Dialogs, shell and recent documents; paths come from dialogs shown here, never from the renderer. */
const ports = createElectronPorts(() => mainWindow);
let services: Services | null = null;
let mainWindow: BrowserWindow | null = null;
let workspaceStatus: WorkspaceStatus = { open: false };
/** Set once start() has opened the first window; before that, events must not open windows of their own. */
let booted = false;
/** A workspace asked for (argv, open-file, second launch) before the services were up. */
let pendingWorkspace: string | null = workspacePathFromArgv(process.argv, process.cwd());

// ── Boot ─────────────────────────────────────────────────────────────────────────────────────────────────────
useDataDirFromEnvironment();
if (!claimSingleInstance()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  hardenAllWebContents(ORIGINS, log);
  listenForWorkspacesToOpen();
  stopEngineBeforeQuit();
  quitWithLastWindow();
  refreshMenuOnFocus();
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal(error));
}

async function start(): Promise<void> {
  denyAllPermissions(electronSession.defaultSession);
  serveRenderer(RENDERER_DIR, log);
  services = startRapportServices();
  registerRpc({ router: services.router, mainWindow: () => mainWindow, origins: ORIGINS, log });
  app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: app.getVersion() });
  refreshMenu();
  await openStartingWorkspace(services);
  openMainWindow();
  booted = true;
}

// ── Steps ────────────────────────────────────────────────────────────────────────────────────────────────────

/** RAPPORT_USER_DATA_DIR gives a run its own data folder (tests); it must be set before the instance lock. */
function useDataDirFromEnvironment(): void {
  const dir = process.env.RAPPORT_USER_DATA_DIR;
  if (dir) app.setPath('userData', dir);
}

/**
 * One Rapport per user: a second launch hands its `.rapport` file to this one and quits. The path also travels
 * as additional data, because Chromium may rewrite the second instance's argv on Windows.
 */
function claimSingleInstance(): boolean {
  const data: SingleInstanceData = { workspace: pendingWorkspace };
  if (!app.requestSingleInstanceLock({ ...data })) return false;
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const path = workspaceFromSecondInstance(argv, workingDirectory, additionalData);
    showMainWindow();
    if (path) void openWorkspace(path);
  });
  return true;
}

/** macOS hands files (double-click, drop on the Dock icon) through open-file, possibly before ready. */
function listenForWorkspacesToOpen(): void {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    showMainWindow();
    void openWorkspace(path);
  });
}

/** The engine takes a final snapshot and releases the workspace lock before the process ends. */
function stopEngineBeforeQuit(): void {
  let stopped = false;
  let stopping = false;
  app.on('before-quit', (event) => {
    if (stopped || !services) return;
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    services.engine
      .stop()
      .catch((error: unknown) => log(`engine did not stop cleanly: ${String(error)}`))
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });
}

/** Quit when the window closes, except on macOS where the app stays in the Dock and reopens a window. */
function quitWithLastWindow(): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => showMainWindow());
}

/** The recent list can also change from the renderer (forget), so the menu is rebuilt when the window is focused. */
function refreshMenuOnFocus(): void {
  app.on('browser-window-focus', () => {
    if (services) refreshMenu();
  });
}

function startRapportServices(): Services {
  return startServices({
    bundleDir: __dirname,
    dataDir: app.getPath('userData'),
    ports,
    appInfo: { version: app.getVersion(), shell: 'electron', platform: process.platform },
    broadcast,
    log,
  });
}

/**
 * The file the launch asked for, else the last workspace (unless it was closed before quitting); on a fresh
 * install (nothing ever opened), the demo workspace, so there is something to look at straight away.
 */
async function openStartingWorkspace({ recents, session }: Services): Promise<void> {
  const path = pendingWorkspace ?? recents.lastToReopen();
  pendingWorkspace = null;
  if (path) await openWorkspace(path);
  else if (recents.list().length === 0) {
    await session.createDemo().catch((error: unknown) => log(`could not open the demo workspace: ${error instanceof Error ? error.message : String(error)}`));
  }
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: PRELOAD_PATH,
    url: DEV_SERVER_URL ?? APP_ENTRY_URL,
    status: workspaceStatus,
    log,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// ── What the steps share ─────────────────────────────────────────────────────────────────────────────────────

/** Focuses the window, or opens it again (macOS keeps running without one); nothing while still booting. */
function showMainWindow(): BrowserWindow | null {
  if (!booted) return null;
  if (!mainWindow || mainWindow.isDestroyed()) openMainWindow();
  else focusWindow(mainWindow);
  return mainWindow;
}

/** Push events to the renderer; a switch also retitles the window and rebuilds the menu (recent list). */
function broadcast(event: EventName, payload: unknown): void {
  sendEvent(mainWindow, event, payload as EventMap[typeof event], ORIGINS);
  if (event === 'workspace.switched') {
    workspaceStatus = payload as WorkspaceStatus;
    setWindowTitle(mainWindow, workspaceStatus);
    refreshMenu();
  }
}

/**
 * Opens a workspace chosen outside the renderer (argv, Finder, menu). If it fails, the engine has closed the
 * previous one and the session remembers why; announcing the switch makes the renderer ask workspace.info,
 * which answers with that error, so the renderer explains it (no native error box).
 */
async function openWorkspace(path: string): Promise<void> {
  if (!services) {
    pendingWorkspace = path;
    return;
  }
  try {
    await services.session.openPath(path);
  } catch (error) {
    // the session announced the failed switch; the renderer asks workspace.info and explains the error
    log(`could not open ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function sendCommand(command: EventMap['app.command']['command']): void {
  const window = showMainWindow();
  if (!window) return;
  const send = () => sendEvent(window, 'app.command', { command }, ORIGINS);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

const menuActions: MenuActions = {
  newWorkspace: () => sendCommand('new-workspace'),
  settings: () => sendCommand('open-settings'),
  open: () => {
    void (async () => {
      const path = await ports.chooseWorkspaceToOpen();
      if (path) await openWorkspace(path);
    })().catch(reportMenuFailure('open the workspace'));
  },
  openRecent: (recent) => void openWorkspace(recent.path),
  saveCopy: () => {
    if (services) services.session.saveCopy().catch(reportMenuFailure('save a copy'));
  },
  reveal: () => {
    if (services) services.session.reveal().catch(reportMenuFailure('show the workspace in its folder'));
  },
  close: () => {
    if (services) services.session.close().catch(reportMenuFailure('close the workspace'));
  },
  showBackups: () => {
    if (services) services.session.revealBackups().catch(reportMenuFailure('show the backups folder'));
  },
};

function refreshMenu(): void {
  installAppMenu(
    { platform: process.platform, workspaceOpen: workspaceStatus.open, recents: services?.recents.list() ?? [] },
    menuActions,
  );
}

/** A menu action started outside the renderer failed: say so in a sheet on the window (the renderer cannot). */
function reportMenuFailure(what: string) {
  return (error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    log(`could not ${what}: ${detail}`);
    const options = { type: 'warning' as const, message: `Rapport could not ${what}.`, detail, buttons: ['OK'] };
    const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
    (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)).catch(() => {});
  };
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`Rapport could not start: ${message}`);
  dialog.showErrorBox('Rapport could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
