/**
 * The native menu as data. Only Electron *types* are imported, so the template is unit-tested in Node;
 * menu.ts installs it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentWorkspace } from '../../shared/domain/workspace';
import { PRODUCT_NAME, menuLabel } from './policy';

export interface MenuState {
  platform: NodeJS.Platform;
  workspaceOpen: boolean;
  recents: readonly RecentWorkspace[];
}

/** What the menu does; index.ts wires each to the session, the dialogs or an app.command to the renderer. */
export interface MenuActions {
  newWorkspace(): void;
  open(): void;
  openRecent(recent: RecentWorkspace): void;
  saveCopy(): void;
  reveal(): void;
  close(): void;
  settings(): void;
  showBackups(): void;
}

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  const open = state.workspaceOpen;

  const recentItems: MenuItemConstructorOptions[] = state.recents.length
    ? state.recents.map((recent) => ({
        label: menuLabel(`${recent.name} (${recent.fileName})`, state.platform),
        enabled: recent.exists,
        click: () => actions.openRecent(recent),
      }))
    : [{ label: 'No recent workspaces', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: isMac ? 'File' : '&File',
    submenu: [
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', enabled: open, click: () => actions.saveCopy() },
      { label: revealLabel(state.platform), enabled: open, click: () => actions.reveal() },
      { type: 'separator' },
      ...(isMac ? [] : [{ label: 'Settings…', accelerator: 'Ctrl+,', enabled: open, click: () => actions.settings() }]),
      { label: 'Close Workspace', accelerator: 'CmdOrCtrl+W', enabled: open, click: () => actions.close() },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: isMac ? 'View' : '&View',
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      { role: 'toggleDevTools' },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Show Backups Folder', enabled: open, click: () => actions.showBackups() },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: `About ${PRODUCT_NAME}` }]),
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: PRODUCT_NAME,
    submenu: [
      { role: 'about', label: `About ${PRODUCT_NAME}` },
      { type: 'separator' },
      { label: 'Settings…', accelerator: 'Cmd+,', enabled: open, click: () => actions.settings() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return [
    ...(isMac ? [appMenu] : []),
    file,
    { role: 'editMenu' },
    view,
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    help,
  ];
}

function revealLabel(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Reveal in Finder';
  if (platform === 'win32') return 'Show in Explorer';
  return 'Show in Folder';
}
