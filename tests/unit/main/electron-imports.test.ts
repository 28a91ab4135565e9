import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const IMPORTS_ELECTRON = /(?:from\s+|require\(\s*|import\(\s*)['"]electron(?:\/[^'"]*)?['"]/;
const TYPE_ONLY = /^\s*import\s+type\s[^;]*from\s+['"]electron['"]/m;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) ? [path] : [];
  });
}

describe("who may import 'electron'", () => {
  it('only electron/main and electron/preload', () => {
    const offenders = ['shared', 'electron/engine', 'electron/host', 'renderer/src']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter((file) => IMPORTS_ELECTRON.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it("the shell's pure modules at most import Electron types (they are unit-tested in Node)", () => {
    for (const file of ['paths.ts', 'policy.ts', 'menu-template.ts']) {
      const source = readFileSync(join(ROOT, 'electron/main', file), 'utf8');
      const withoutTypeImports = source.replace(new RegExp(TYPE_ONLY.source, 'gm'), '');
      expect(IMPORTS_ELECTRON.test(withoutTypeImports), file).toBe(false);
    }
  });
});
