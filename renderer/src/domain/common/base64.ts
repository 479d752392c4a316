// Bytes ⇄ base64 without Node's Buffer, so backups are written the same way in the renderer,
// the command line and tests. Chunked because String.fromCharCode(...bigArray) overflows the stack.

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Throws on text that is not base64; callers turn that into a message naming the record. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function sha256Hex(text: string): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text));
}

/** The SHA-256 of bytes already in UTF-8 (a file's own bytes: no second encoding of a large text). */
export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  // The digest takes views of a plain ArrayBuffer only; one of shared memory is copied first.
  const plain = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', plain);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
