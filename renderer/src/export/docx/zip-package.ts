// A Word package (a zip of XML parts) written from parts deflated once each, so two documents
// that share most of their parts — a report's 印发稿 and 核对稿 — deflate the shared ones once.
// Deflating is the platform's own (CompressionStream, in Chromium and in Node alike); a stream
// costs about as much to set up as deflating a few kilobytes, so parts under STORE_BELOW are stored
// as they are (a few hundred bytes each: relationships, properties) and the rest deflated one after
// another (at once, the streams' turns cost more than they save). The zip around them is plain
// PKZIP 2.0: a local header before each part, the central directory and its end record after them.

/** A part deflated and ready to be placed in any number of zips. */
export interface ZippedPart {
  /** Its path in the package, as UTF-8 bytes. */
  name: Uint8Array;
  crc: number;
  size: number;
  /** 8: deflated; 0: stored. */
  method: 0 | 8;
  data: Uint8Array;
}

/** Parts smaller than this are stored: deflating them would save a few hundred bytes a file. */
export const STORE_BELOW = 1024;

const encoder = new TextEncoder();

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

async function readAll(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Written and read at once: a stream takes no more than its buffer before it is read. */
async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const [, deflated] = await Promise.all([writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()), readAll(stream.readable)]);
  return deflated;
}

export async function zipPart(path: string, data: string | Uint8Array): Promise<ZippedPart> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  const stored = bytes.length < STORE_BELOW;
  return { name: encoder.encode(path), crc: crc32(bytes), size: bytes.length, method: stored ? 0 : 8, data: stored ? bytes : await deflateRaw(bytes) };
}

/** The parts zipped one after another, in order. */
export async function zipParts(parts: Iterable<readonly [path: string, data: string | Uint8Array]>): Promise<ZippedPart[]> {
  const zipped: ZippedPart[] = [];
  for (const [path, data] of parts) zipped.push(await zipPart(path, data));
  return zipped;
}

/** MS-DOS time and date of a local time (zip's own, to two seconds). */
function dosTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: (Math.max(at.getFullYear() - 1980, 0) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
/** Bit 11: the names are UTF-8. */
const UTF8_NAMES = 0x800;
/** 2.0: deflate (a stored part needs 1.0, but 2.0 is what zips write for both). */
const VERSION = 20;

/** The zip of these parts, in this order. */
export function zipPackage(parts: readonly ZippedPart[], at: Date = new Date()): Uint8Array {
  const { time, date } = dosTime(at);
  let size = END_RECORD;
  for (const p of parts) size += LOCAL_HEADER + CENTRAL_HEADER + 2 * p.name.length + p.data.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at0 = 0;
  // The fields a local header and a central one share, from "version needed" to the name's length.
  const common = (pos: number, p: ZippedPart) => {
    view.setUint16(pos, VERSION, true);
    view.setUint16(pos + 2, UTF8_NAMES, true);
    view.setUint16(pos + 4, p.method, true);
    view.setUint16(pos + 6, time, true);
    view.setUint16(pos + 8, date, true);
    view.setUint32(pos + 10, p.crc, true);
    view.setUint32(pos + 14, p.data.length, true);
    view.setUint32(pos + 18, p.size, true);
    view.setUint16(pos + 22, p.name.length, true);
  };
  for (const p of parts) {
    offsets.push(at0);
    view.setUint32(at0, 0x04034b50, true);
    common(at0 + 4, p);
    out.set(p.name, at0 + LOCAL_HEADER);
    out.set(p.data, at0 + LOCAL_HEADER + p.name.length);
    at0 += LOCAL_HEADER + p.name.length + p.data.length;
  }
  const directory = at0;
  parts.forEach((p, i) => {
    view.setUint32(at0, 0x02014b50, true);
    view.setUint16(at0 + 4, VERSION, true);
    common(at0 + 6, p);
    // Extra field, comment, disk, internal and external attributes: none, all zero.
    view.setUint32(at0 + 42, offsets[i]!, true);
    out.set(p.name, at0 + CENTRAL_HEADER);
    at0 += CENTRAL_HEADER + p.name.length;
  });
  view.setUint32(at0, 0x06054b50, true);
  view.setUint16(at0 + 8, parts.length, true);
  view.setUint16(at0 + 10, parts.length, true);
  view.setUint32(at0 + 12, at0 - directory, true);
  view.setUint32(at0 + 16, directory, true);
  return out;
}
