/**
 * Pure helpers of the Electron shell that deal with paths: which workspace a command line asks for, and which file
 * of the renderer build an app:// request may read. No Electron import, so they are unit-tested in Node.
 */
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The renderer is served from app://rapport/… (registered as standard and secure before ready). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rapport';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const WORKSPACE_EXTENSION = '.rapport';

/**
 * The `.rapport` file a command line asks to open (double-click on Windows/Linux, `rapport file.rapport`, or a
 * second launch), resolved against the launch's working directory; null when there is none. argv[0] is the
 * executable; switches (anything starting with "-", which Chromium also appends) are skipped; the last file wins.
 */
export function workspacePathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const path = asWorkspacePath(argv[i], cwd);
    if (path) return path;
  }
  return null;
}

/** What a first instance hands the second-instance event, so the path survives argv rewriting by Chromium. */
export interface SingleInstanceData {
  workspace: string | null;
}

/** The workspace a second launch asked for: its additional data first (robust on Windows), then its argv. */
export function workspaceFromSecondInstance(argv: readonly string[], cwd: string, additionalData: unknown): string | null {
  const handed = (additionalData as Partial<SingleInstanceData> | null | undefined)?.workspace;
  if (typeof handed === 'string' && isAbsolute(handed) && hasWorkspaceExtension(handed)) return handed;
  return workspacePathFromArgv(argv, cwd);
}

function asWorkspacePath(arg: string | undefined, cwd: string): string | null {
  if (!arg || arg.startsWith('-') || arg.includes('\0')) return null;
  let path = arg;
  if (/^file:\/\//i.test(arg)) {
    try {
      path = fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (!hasWorkspaceExtension(path)) return null;
  return isAbsolute(path) ? path : resolve(cwd, path);
}

function hasWorkspaceExtension(path: string): boolean {
  return extname(path).toLowerCase() === WORKSPACE_EXTENSION;
}

/**
 * The file under `rootDir` that an app:// request may read, or null (answered 404). Chromium already
 * canonicalises standard-scheme URLs; this is the second line: only our host, no `..` (plain or encoded),
 * no encoded separators, no NUL, no drive letters or alternate streams (":"), and the result must stay inside
 * `rootDir`. "/" is index.html; a path without an extension that is not a file falls back to index.html
 * (client-side routes survive a reload).
 */
export function resolveRendererFile(
  rootDir: string,
  requestUrl: string,
  isFile: (path: string) => boolean,
): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port || url.username || url.password) {
    return null;
  }
  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[\\/:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const root = resolve(rootDir);
  const inside = (relativePath: string) => {
    const file = join(root, relativePath);
    const fromRoot = relative(root, file);
    return fromRoot !== '' && !fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !isAbsolute(fromRoot) ? file : null;
  };
  if (segments.length === 0) return inside('index.html');
  const file = inside(segments.join(sep));
  if (!file) return null;
  if (isFile(file)) return file;
  const last = segments[segments.length - 1]!;
  return extname(last) === '' ? inside('index.html') : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
