import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface HostArgs {
  workspace: string | null;
  port: number;
  /** Where new workspaces, copies and exports go (the browser host has no save dialog): `~/Rapport` unless told. */
  documents: string;
  dataDir: string;
  openBrowser: boolean;
  /** With no --workspace and no recent workspace (a fresh install), open the demo workspace. */
  demoOnFirstRun: boolean;
}

export const USAGE = 'Usage: npm run browser -- [--workspace PATH] [--port N] [--documents DIR] [--data-dir DIR] [--open] [--demo-on-first-run]';

/** The documents folder when none is given: `Rapport` in the home folder, where people look for their files. */
export function defaultDocumentsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RAPPORT_DOCUMENTS_DIR ? resolve(env.RAPPORT_DOCUMENTS_DIR) : join(homedir(), 'Rapport');
}

/** Parses the browser host's command line; throws with a plain message on anything it does not understand. */
export function parseHostArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): HostArgs {
  const args: HostArgs = {
    workspace: null,
    port: 0,
    documents: defaultDocumentsDir(env),
    dataDir: env.RAPPORT_DATA_DIR ?? join(homedir(), '.rapport-browser-host'),
    openBrowser: false,
    demoOnFirstRun: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value. ${USAGE}`);
      return next;
    };
    switch (flag) {
      case '--workspace':
        args.workspace = resolve(value());
        break;
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port takes a number from 0 to 65535. ${USAGE}`);
        args.port = port;
        break;
      }
      case '--documents':
      case '--downloads': // its earlier name, kept so existing scripts keep working
        args.documents = resolve(value());
        break;
      case '--data-dir':
        args.dataDir = resolve(value());
        break;
      case '--open':
        args.openBrowser = true;
        break;
      case '--demo-on-first-run':
        args.demoOnFirstRun = true;
        break;
      default:
        throw new Error(`Unknown option ${flag}. ${USAGE}`);
    }
  }
  return args;
}
