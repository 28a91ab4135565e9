import { RapportFailure } from '../../../shared/contract/result';

/** `PRAGMA application_id` of Rapport workspaces: the ASCII bytes "RPRT". */
export const RAPPORT_APPLICATION_ID = 0x52505254;

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export interface HeaderFacts {
  pageSize: number;
  pageCount: number;
  userVersion: number;
  applicationId: number;
}

/**
 * Reads what the 100-byte SQLite header says, without loading the database, and refuses anything that is
 * not a whole Rapport workspace this version can read. Nothing here writes: a refused file keeps its bytes.
 */
export function checkWorkspaceBytes(bytes: Uint8Array, latestSchemaVersion: number, fileName: string): HeaderFacts {
  return checkWorkspaceHeader(bytes.subarray(0, HEADER_SIZE), bytes.length, latestSchemaVersion, fileName);
}

/** The same check from the first 100 bytes and the file's size, so a file need not be read whole to be refused. */
export function checkWorkspaceHeader(bytes: Uint8Array, fileSize: number, latestSchemaVersion: number, fileName: string): HeaderFacts {
  if (fileSize === 0) {
    throw new RapportFailure('workspace-corrupt', `“${fileName}” is empty, so there is no workspace in it.`, { reason: 'empty' });
  }
  const magic = String.fromCharCode(...bytes.subarray(0, Math.min(16, bytes.length)));
  if (magic !== SQLITE_MAGIC) {
    if (SQLITE_MAGIC.startsWith(magic)) {
      throw new RapportFailure('workspace-corrupt', `“${fileName}” is cut short: it ends inside its header.`, { reason: 'truncated' });
    }
    throw new RapportFailure('workspace-foreign', `“${fileName}” is not a Rapport workspace: it is not a database file at all.`, {
      reason: 'not-sqlite',
    });
  }
  if (fileSize < HEADER_SIZE) {
    throw new RapportFailure('workspace-corrupt', `“${fileName}” is cut short: it ends inside its header.`, { reason: 'truncated' });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = view.getUint32(24);
  const headerPageCount = view.getUint32(28);
  const versionValidFor = view.getUint32(92);
  const userVersion = view.getUint32(60);
  const applicationId = view.getUint32(68);

  const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  if (!validPageSize) {
    throw new RapportFailure('workspace-corrupt', `“${fileName}” is damaged: its header is not valid.`, { reason: 'bad-header' });
  }
  // The header's page count is trustworthy only when written by a SQLite that maintains it (3.7.0+).
  const pageCountTrusted = headerPageCount > 0 && changeCounter === versionValidFor;
  const pageCount = pageCountTrusted ? headerPageCount : Math.floor(fileSize / pageSize);
  const expectedBytes = pageCount * pageSize;
  if (fileSize < expectedBytes || (fileSize % pageSize !== 0 && !pageCountTrusted)) {
    throw new RapportFailure(
      'workspace-corrupt',
      `“${fileName}” is cut short: it holds ${fileSize.toLocaleString('en')} bytes of the ${expectedBytes.toLocaleString('en')} it should have.`,
      { reason: 'truncated', expectedBytes, actualBytes: fileSize },
    );
  }
  // Longer than its header says: something wrote past the end (an append, a bad copy). The database itself may be
  // whole, but Rapport does not guess which bytes are the real ones.
  if (fileSize > expectedBytes) {
    throw new RapportFailure(
      'workspace-corrupt',
      `“${fileName}” is damaged: it has ${(fileSize - expectedBytes).toLocaleString('en')} bytes of unexpected data after the end of the database (${expectedBytes.toLocaleString('en')} bytes). Rapport leaves it untouched; open one of its backups instead.`,
      { reason: 'trailing-data', expectedBytes, actualBytes: fileSize },
    );
  }
  if (applicationId !== RAPPORT_APPLICATION_ID) {
    throw new RapportFailure(
      'workspace-foreign',
      `“${fileName}” is a database of another application, not a Rapport workspace. Rapport leaves it untouched.`,
      { reason: 'other-application', applicationId },
    );
  }
  if (userVersion > latestSchemaVersion) {
    throw new RapportFailure(
      'workspace-too-new',
      `“${fileName}” was saved by a newer version of Rapport (format ${userVersion}; this version reads up to ${latestSchemaVersion}). Update Rapport to open it.`,
      { fileVersion: userVersion, supportedVersion: latestSchemaVersion },
    );
  }
  return { pageSize, pageCount, userVersion, applicationId };
}
