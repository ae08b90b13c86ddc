// A link that carries a swagger in the URL fragment, so sharing needs no server: the fragment never leaves the browser.

/** Links longer than this are refused: chat tools and browsers truncate or reject longer URLs. */
export const maxLinkLength = 32 * 1024;
/** A decompressed swagger larger than this is refused, so a crafted link cannot exhaust memory. */
const maxSwaggerBytes = 5 * 1024 * 1024;

export interface SharedState {
  swagger: string;
  profile?: string;
}

/** The fragment for a swagger: `swagger=deflate.<base64url>` (or `plain.` where CompressionStream is missing). */
export async function encodeFragment({ swagger, profile }: SharedState): Promise<string> {
  const bytes = new TextEncoder().encode(swagger);
  const packed = canCompress()
    ? `deflate.${toBase64Url(await transform(bytes, new CompressionStream('deflate-raw')))}`
    : `plain.${toBase64Url(bytes)}`;
  const params = new URLSearchParams(profile ? { profile } : {});
  params.set('swagger', packed);
  return params.toString();
}

/** The state in a fragment, or undefined when it holds none or cannot be read. */
export async function decodeFragment(fragment: string): Promise<SharedState | undefined> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const packed = params.get('swagger');
  const [scheme, data] = packed?.split('.', 2) ?? [];
  if (data === undefined || !(scheme === 'plain' || (scheme === 'deflate' && canCompress()))) return undefined;
  try {
    const bytes = fromBase64Url(data);
    const swaggerBytes = scheme === 'deflate' ? await transform(bytes, new DecompressionStream('deflate-raw')) : bytes;
    return { swagger: new TextDecoder().decode(swaggerBytes), profile: params.get('profile') ?? undefined };
  } catch {
    return undefined;
  }
}

function canCompress(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxSwaggerBytes) {
      await reader.cancel();
      throw new Error('The shared swagger is too large.');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and argument lists have a size limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
