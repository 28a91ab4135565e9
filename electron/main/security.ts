/**
 * Hardening applied to every web contents the app ever creates (the main window and anything that would try to
 * appear later): navigation stays on the app's origin, new windows are denied (https links go to the system
 * browser), webviews never attach, and every permission is refused.
 */
import { type Session, app, shell } from 'electron';
import { externalUrlFor, isAppUrl } from './policy';

export function hardenAllWebContents(origins: readonly string[], log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    const guard = (kind: string) => (event: { url: string; preventDefault(): void }) => {
      if (isAppUrl(event.url, origins)) return;
      event.preventDefault();
      log(`blocked ${kind} to ${event.url.slice(0, 200)}`);
    };
    contents.on('will-navigate', guard('navigation'));
    // will-navigate only sees the main frame; iframes (there should be none) are held to the same rule.
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame) guard('frame navigation')(event);
    });
    contents.on('will-redirect', guard('redirect'));

    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log('blocked a webview');
    });

    contents.setWindowOpenHandler(({ url }) => {
      const external = externalUrlFor(url);
      if (external) {
        shell.openExternal(external).catch((error: unknown) => log(`could not open ${external}: ${String(error)}`));
      } else {
        log(`blocked a new window for ${url.slice(0, 200)}`);
      }
      return { action: 'deny' };
    });
  });
}

/** Rapport needs no camera, notifications, clipboard-read, geolocation…: every request and check is refused. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}
