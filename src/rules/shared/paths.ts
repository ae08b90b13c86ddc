/** Path templates (`/items/{id}`), for the path and parameter rules. Hand-written scans: linear on any input. */

/** The names between braces, in order; unbalanced braces are left to path-template-valid. */
export function templateVariables(path: string): string[] {
  const names: string[] = [];
  let open = -1;
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '{') open = i;
    else if (path[i] === '}' && open >= 0) {
      names.push(path.slice(open + 1, i));
      open = -1;
    }
  }
  return names;
}

/** Why the template is malformed, or `undefined` when every `{name}` is closed, non-empty and inside one segment. */
export function templateProblem(path: string): 'unclosed' | 'unopened' | 'crossesSegment' | 'empty' | undefined {
  let open = -1;
  for (let i = 0; i < path.length; i++) {
    const char = path[i];
    if (char === '{') {
      if (open >= 0) return 'unclosed';
      open = i;
    } else if (char === '}') {
      if (open < 0) return 'unopened';
      if (i === open + 1) return 'empty';
      open = -1;
    } else if (char === '/' && open >= 0) {
      return 'crossesSegment';
    }
  }
  return open >= 0 ? 'unclosed' : undefined;
}

/** The path with every `{name}` replaced by `{}` and lower-cased: two paths with the same shape route alike. */
export function templateShape(path: string): string {
  // Each character is lower-cased on its own: a capital sigma is always a small sigma, never the final form that
  // lower-casing a whole string may give. Every other character lower-cases alike alone or in a string.
  const source = path.includes('\u03A3') ? path.replaceAll('\u03A3', '\u03C3') : path;
  let out = '';
  let inside = false;
  let from = 0; // start of the text outside braces not yet copied
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x7b) {
      if (!inside) out += source.slice(from, i);
      out += '{}';
      inside = true;
    } else if (code === 0x7d) {
      if (!inside) out += source.slice(from, i);
      inside = false;
      from = i + 1;
    }
  }
  if (!inside) out += source.slice(from);
  return out.toLowerCase();
}

/** Segments of a template shape: `{}` for a whole-segment variable, the lower-cased text otherwise. */
export function shapeSegments(path: string): string[] {
  return templateShape(path).split('/');
}
