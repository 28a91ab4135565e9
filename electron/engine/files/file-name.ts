/** A file name's stem from a name people chose (a business, a customer): readable, safe on every file system. */
export function safeFileStem(name: string, fallback: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return cleaned.slice(0, 80) || fallback;
}
