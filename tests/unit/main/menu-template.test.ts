import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { type MenuActions, menuTemplate } from '../../../electron/main/menu-template';
import type { RecentWorkspace } from '../../../shared/domain/workspace';

const recent = (name: string, exists = true): RecentWorkspace => ({
  id: name.toLowerCase(),
  name,
  fileName: `${name}.rapport`,
  path: `/w/${name}.rapport`,
  openedAt: '2025-01-01T00:00:00.000Z',
  exists,
});

function actions(): MenuActions {
  return {
    newWorkspace: vi.fn(),
    open: vi.fn(),
    openRecent: vi.fn(),
    saveCopy: vi.fn(),
    reveal: vi.fn(),
    close: vi.fn(),
    settings: vi.fn(),
    showBackups: vi.fn(),
  };
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return (menu.submenu ?? []) as MenuItemConstructorOptions[];
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const top of template) {
    for (const item of items(top)) if (item.label === label) return item;
  }
  throw new Error(`no menu item ${label}`);
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('menuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux, plus the app and Window menus on macOS', () => {
    const linux = menuTemplate({ platform: 'linux', workspaceOpen: false, recents: [] }, actions());
    expect(linux.map((menu) => menu.label ?? menu.role)).toEqual(['&File', 'editMenu', '&View', 'help']);
    const mac = menuTemplate({ platform: 'darwin', workspaceOpen: false, recents: [] }, actions());
    expect(mac.map((menu) => menu.label ?? menu.role)).toEqual(['Rapport', 'File', 'editMenu', 'View', 'windowMenu', 'help']);
  });

  it('wires the File items to their actions with the usual shortcuts', () => {
    const a = actions();
    const template = menuTemplate({ platform: 'linux', workspaceOpen: true, recents: [] }, a);
    const cases: [string, string | undefined, keyof MenuActions][] = [
      ['New Workspace…', 'CmdOrCtrl+N', 'newWorkspace'],
      ['Open…', 'CmdOrCtrl+O', 'open'],
      ['Save a Copy…', 'CmdOrCtrl+Shift+S', 'saveCopy'],
      ['Show in Folder', undefined, 'reveal'],
      ['Close Workspace', 'CmdOrCtrl+W', 'close'],
      ['Settings…', 'Ctrl+,', 'settings'],
      ['Show Backups Folder', undefined, 'showBackups'],
    ];
    for (const [label, accelerator, action] of cases) {
      const item = find(template, label);
      expect(item.accelerator, label).toBe(accelerator);
      click(item);
      expect(a[action], label).toHaveBeenCalledTimes(1);
    }
  });

  it('disables what needs an open workspace when none is open', () => {
    const template = menuTemplate({ platform: 'win32', workspaceOpen: false, recents: [] }, actions());
    expect(find(template, 'Save a Copy…').enabled).toBe(false);
    expect(find(template, 'Show in Explorer').enabled).toBe(false);
    expect(find(template, 'Close Workspace').enabled).toBe(false);
    expect(find(template, 'New Workspace…').enabled).not.toBe(false);
    expect(find(template, 'Open…').enabled).not.toBe(false);
  });

  it('lists recent workspaces, escaping mnemonics and disabling missing files', () => {
    const a = actions();
    const jensen = recent('Jensen & Co');
    const template = menuTemplate({ platform: 'linux', workspaceOpen: false, recents: [jensen, recent('Gone', false)] }, a);
    const submenu = items(find(template, 'Open Recent'));
    expect(submenu.map((item) => [item.label, item.enabled])).toEqual([
      ['Jensen && Co (Jensen && Co.rapport)', true],
      ['Gone (Gone.rapport)', false],
    ]);
    click(submenu[0]!);
    expect(a.openRecent).toHaveBeenCalledWith(jensen);
    const empty = items(find(menuTemplate({ platform: 'linux', workspaceOpen: false, recents: [] }, a), 'Open Recent'));
    expect(empty).toEqual([{ label: 'No recent workspaces', enabled: false }]);
  });
});
