import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/paths';
import {
  type SenderFacts,
  externalUrlFor,
  isAppUrl,
  isTrustedSender,
  menuLabel,
  originOf,
  rendererOrigins,
  windowTitleFor,
} from '../../../electron/main/policy';
import { defaultProfile } from '../../../shared/domain/profile';

const PACKAGED = rendererOrigins({ isPackaged: true, devServerUrl: 'http://localhost:5173' });

describe('navigation allow-list', () => {
  it('allows only the app origin when packaged, even if a dev server URL is set', () => {
    expect(PACKAGED).toEqual([APP_ORIGIN]);
    expect(isAppUrl('app://rapport/index.html', PACKAGED)).toBe(true);
    expect(isAppUrl('app://rapport/customers?id=1#x', PACKAGED)).toBe(true);
  });

  it('denies the web, files, other hosts and look-alikes', () => {
    for (const url of [
      'https://example.com',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'app://rapport.evil.com/index.html',
      'app://evil/index.html',
      'app://user@rapport/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url, PACKAGED), url).toBe(false);
    }
  });

  it('adds a local dev server only when not packaged', () => {
    const dev = rendererOrigins({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });
    expect(dev).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(rendererOrigins({ isPackaged: false, devServerUrl: 'https://example.com' })).toEqual([APP_ORIGIN]);
    expect(rendererOrigins({ isPackaged: false, devServerUrl: undefined })).toEqual([APP_ORIGIN]);
  });

  it('computes origins for custom schemes (Node says "null")', () => {
    expect(originOf('app://Rapport/x')).toBe('app://rapport');
    expect(originOf('about:blank')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  const ok: SenderFacts = { webContentsId: 7, hasFrame: true, isTopFrame: true, frameUrl: 'app://rapport/index.html' };

  it('trusts the main window top frame on the app origin', () => {
    expect(isTrustedSender(ok, 7, PACKAGED)).toBe(true);
  });

  it('refuses other windows, iframes, dead frames, foreign pages and a missing window', () => {
    expect(isTrustedSender({ ...ok, webContentsId: 8 }, 7, PACKAGED)).toBe(false);
    expect(isTrustedSender({ ...ok, isTopFrame: false }, 7, PACKAGED)).toBe(false);
    expect(isTrustedSender({ ...ok, hasFrame: false }, 7, PACKAGED)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'https://example.com/' }, 7, PACKAGED)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: '' }, 7, PACKAGED)).toBe(false);
    expect(isTrustedSender(ok, null, PACKAGED)).toBe(false);
  });
});

describe('externalUrlFor', () => {
  it('lets https addresses out and nothing else', () => {
    expect(externalUrlFor('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(externalUrlFor('http://example.com')).toBeNull();
    expect(externalUrlFor('file:///etc/passwd')).toBeNull();
    expect(externalUrlFor('javascript:alert(1)')).toBeNull();
    expect(externalUrlFor('https://user:pw@example.com')).toBeNull();
    expect(externalUrlFor('app://rapport/index.html')).toBeNull();
    expect(externalUrlFor('smb://server/share')).toBeNull();
  });
});

describe('windowTitleFor', () => {
  it('shows the business name while a workspace is open', () => {
    expect(windowTitleFor({ open: false })).toBe('Rapport');
    const info = {
      open: true as const,
      path: '/w/b.rapport',
      fileName: 'b.rapport',
      schemaVersion: 1,
      profile: { ...defaultProfile('Bakery'), name: '  Bakery   Jensen ' },
      save: { state: 'saved' as const, at: null },
    };
    expect(windowTitleFor(info)).toBe('Bakery Jensen — Rapport');
    expect(windowTitleFor({ ...info, profile: { ...info.profile, name: '   ' } })).toBe('Rapport');
  });
});

describe('menuLabel', () => {
  it('doubles ampersands where they mark mnemonics', () => {
    expect(menuLabel('Smith & Sons', 'win32')).toBe('Smith && Sons');
    expect(menuLabel('Smith & Sons', 'linux')).toBe('Smith && Sons');
    expect(menuLabel('Smith & Sons', 'darwin')).toBe('Smith & Sons');
    expect(menuLabel('a\nb', 'linux')).toBe('a b');
  });
});
