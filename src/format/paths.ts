/** Path helpers for reports. Pure string work: formatters never touch the file system. */

/** `folder/file` with forward slashes; either part may be empty. */
export function joinPath(folder: string, file: string): string {
  const base = folder.replace(/\\/g, '/');
  if (!base || base === '.' || base === './') return file;
  if (!file) return base;
  return base.endsWith('/') ? base + file : `${base}/${file}`;
}

/** A path relative to `root` when it lies below it; otherwise unchanged. Both with forward slashes. */
export function relativeTo(path: string, root: string | undefined): string {
  if (!root) return path;
  let base = root.replace(/\\/g, '/');
  while (base.length > 1 && base.endsWith('/')) base = base.slice(0, -1);
  if (path === base) return '.';
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

const isAbsolute = (path: string) => path.startsWith('/') || /^[A-Za-z]:\//.test(path);

/** A URI reference for a path: relative paths stay relative, absolute ones become `file:` URIs. */
export function toUri(path: string): string {
  const encoded = path
    .split('/')
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (!isAbsolute(path)) return encoded.replace(/^(\.\/)+/, '');
  return path.startsWith('/') ? `file://${encoded}` : `file:///${encoded}`;
}

/** Where a finding is, for people: `file:line:column`, or the file alone. */
export function locationText(file: string, range?: { start: { line: number; column: number } }): string {
  return range ? `${file}:${range.start.line}:${range.start.column}` : file;
}
