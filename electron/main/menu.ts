import { Menu } from 'electron';
import { type MenuActions, type MenuState, menuTemplate } from './menu-template';

/**
 * Installs the application menu. Menus are immutable once shown, so it is rebuilt whenever what it shows
 * changes (a workspace opened or closed, the recent list changed).
 */
export function installAppMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(state, actions)));
}
