import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  resolveRendererFile,
  workspaceFromSecondInstance,
  workspacePathFromArgv,
} from '../../../electron/main/paths';

describe('workspacePathFromArgv', () => {
  it('finds a .rapport file and resolves it against the working directory', () => {
    expect(workspacePathFromArgv(['/opt/Rapport/rapport', 'Bakery.rapport'], '/home/ann/Documents')).toBe(
      '/home/ann/Documents/Bakery.rapport',
    );
    expect(workspacePathFromArgv(['rapport', '/data/Hinges.RAPPORT'], '/tmp')).toBe('/data/Hinges.RAPPORT');
  });

  it('skips the executable, the app folder and switches (Chromium appends its own)', () => {
    expect(workspacePathFromArgv(['/x/electron', '.', '--inspect=0', '--allow-file-access-from-files'], '/w')).toBeNull();
    expect(workspacePathFromArgv(['/x/trick.rapport'], '/w')).toBeNull();
    expect(workspacePathFromArgv(['rapport', '--workspace=evil.rapport'], '/w')).toBeNull();
    expect(workspacePathFromArgv(['rapport', '-psn_0_12345', 'a.rapport', '--no-sandbox'], '/w')).toBe('/w/a.rapport');
  });

  it('ignores other files and accepts file:// URLs', () => {
    expect(workspacePathFromArgv(['rapport', 'notes.txt', 'rapport.sqlite'], '/w')).toBeNull();
    expect(workspacePathFromArgv(['rapport', pathToFileURL('/data/My Shop.rapport').href], '/w')).toBe('/data/My Shop.rapport');
    expect(workspacePathFromArgv(['rapport', 'file://%%bad'], '/w')).toBeNull();
  });

  it('takes the last file when there are several', () => {
    expect(workspacePathFromArgv(['rapport', 'a.rapport', 'b.rapport'], '/w')).toBe('/w/b.rapport');
  });
});

describe('workspaceFromSecondInstance', () => {
  it('prefers the path the second instance handed over, then its argv', () => {
    expect(workspaceFromSecondInstance(['rapport', 'b.rapport'], '/w', { workspace: '/data/a.rapport' })).toBe('/data/a.rapport');
    expect(workspaceFromSecondInstance(['rapport', 'b.rapport'], '/w', { workspace: null })).toBe('/w/b.rapport');
    expect(workspaceFromSecondInstance(['rapport'], '/w', undefined)).toBeNull();
  });

  it('does not take handed data that is not an absolute .rapport path', () => {
    expect(workspaceFromSecondInstance(['rapport'], '/w', { workspace: 'relative.rapport' })).toBeNull();
    expect(workspaceFromSecondInstance(['rapport'], '/w', { workspace: '/etc/passwd' })).toBeNull();
    expect(workspaceFromSecondInstance(['rapport'], '/w', { workspace: 42 })).toBeNull();
  });
});

describe('resolveRendererFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'rapport-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), '');
  writeFileSync(join(root, 'assets', 'logo file.svg'), '');
  const outsideName = `${root.split(sep).pop()}-secret.txt`;
  writeFileSync(join(root, '..', outsideName), 'secret');
  const isFile = (path: string) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  };
  const resolveUrl = (url: string) => resolveRendererFile(root, url, isFile);

  it('serves index.html for the root and files inside the build', () => {
    expect(resolveUrl('app://rapport/')).toBe(join(root, 'index.html'));
    expect(resolveUrl('app://rapport')).toBe(join(root, 'index.html'));
    expect(resolveUrl('app://rapport/index.html?x=1#top')).toBe(join(root, 'index.html'));
    expect(resolveUrl('app://rapport/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveUrl('app://rapport/assets/logo%20file.svg')).toBe(join(root, 'assets', 'logo file.svg'));
    expect(resolveUrl('app://RAPPORT/index.html')).toBe(join(root, 'index.html'));
  });

  it('falls back to index.html for client-side routes, not for missing assets', () => {
    expect(resolveUrl('app://rapport/customers/42')).toBe(join(root, 'index.html'));
    expect(resolveUrl('app://rapport/assets/missing.js')).toBeNull();
  });

  it('refuses to leave the build folder, however the path is spelled', () => {
    for (const url of [
      `app://rapport/../${outsideName}`,
      `app://rapport/%2e%2e/${outsideName}`,
      `app://rapport/%2E%2E/${outsideName}`,
      `app://rapport/assets/..%2f..%2f${outsideName}`,
      `app://rapport/..%5c${outsideName}`,
      `app://rapport/assets%5c..%5c..%5c${outsideName}`,
      'app://rapport/%2fetc%2fpasswd',
      'app://rapport/C:%5cWindows%5cwin.ini',
      'app://rapport/index.html::$DATA',
      'app://rapport/index.html%00.js',
      'app://rapport/%E0%A4%A',
    ]) {
      expect(resolveUrl(url), url).toBeNull();
    }
  });

  it('answers only the app host on the app scheme', () => {
    expect(resolveUrl('app://evil/index.html')).toBeNull();
    expect(resolveUrl('app://rapport:8080/index.html')).toBeNull();
    expect(resolveUrl('app://user:pw@rapport/index.html')).toBeNull();
    expect(resolveUrl('file:///etc/passwd')).toBeNull();
    expect(resolveUrl('https://rapport/index.html')).toBeNull();
    expect(resolveUrl('not a url')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer build types and defaults to octet-stream', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/sql-wasm.wasm')).toBe('application/wasm');
    expect(contentTypeFor('/x/blob')).toBe('application/octet-stream');
  });
});
