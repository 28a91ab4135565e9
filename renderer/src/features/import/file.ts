/** Reading a chosen or dropped file into what `imports.preview` takes: its name and its bytes as base64. */

/** The engine accepts up to 48 MiB of file (the host's request limit leaves room for base64's third more). */
export const MAX_IMPORT_BYTES = 48 * 1024 * 1024;

export interface ChosenFile {
  name: string;
  size: number;
  dataBase64: string;
  /** Changes with every file chosen, so cached previews of an earlier file are never reused. */
  token: number;
}

let nextToken = 1;

export class FileTooBig extends Error {}

export async function readChosenFile(file: File): Promise<ChosenFile> {
  if (file.size > MAX_IMPORT_BYTES) throw new FileTooBig(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, size: file.size, dataBase64: toBase64(bytes), token: nextToken++ };
}

/**
 * Base64 in chunks: `String.fromCharCode(...bytes)` of a whole file overflows the call stack, and one
 * string concatenation per byte is slow. 32 KiB chunks keep both small.
 */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return btoa(parts.join(''));
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
