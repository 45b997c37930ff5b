// A small PMTiles v3 writer: tiles in → archive bytes out. Pure (no file system).
// Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export const TileType = { mvt: 1, png: 2 } as const;
export type TileTypeName = keyof typeof TileType;
export const Compression = { none: 1, gzip: 2 } as const;
export type CompressionName = keyof typeof Compression;

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** tile bytes exactly as they are to be stored (already compressed when tileCompression is gzip) */
  data: Uint8Array;
}

export interface ArchiveOptions {
  tileType: TileTypeName;
  tileCompression: CompressionName;
  bounds: [number, number, number, number];
  center?: [number, number, number];
  metadata: Record<string, unknown>;
}

export interface DirEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

export interface ArchiveStats {
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  leafDirectories: number;
}

const HEADER_BYTES = 127;
// The reader fetches the first 16 KiB in one request: header + root directory must fit in it.
const ROOT_MAX_BYTES = 16384 - HEADER_BYTES;

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Serialises and gzips a directory: counts, then tile id deltas, run lengths, lengths, offsets (columnar). */
export function serializeDirectory(entries: readonly DirEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = i > 0 ? entries[i - 1] : undefined;
    // 0 means "directly after the previous entry's data", which is the common case in a clustered archive.
    if (prev && e.offset === prev.offset + prev.length) writeVarint(out, 0);
    else writeVarint(out, e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out));
}

interface Directories {
  root: Uint8Array;
  leaves: Uint8Array;
  leafCount: number;
}

/** Root directory alone when it fits, else leaf directories of growing size until the root fits. */
export function buildDirectories(entries: readonly DirEntry[]): Directories {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_MAX_BYTES) return { root, leaves: new Uint8Array(0), leafCount: 0 };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: DirEntry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const first = chunk[0];
      if (!first) break;
      const bytes = serializeDirectory(chunk);
      // runLength 0 marks a pointer to a leaf directory.
      rootEntries.push({ tileId: first.tileId, offset, length: bytes.length, runLength: 0 });
      leafParts.push(bytes);
      offset += bytes.length;
    }
    const rootBytes = serializeDirectory(rootEntries);
    if (rootBytes.length <= ROOT_MAX_BYTES) {
      return { root: rootBytes, leaves: concat(leafParts), leafCount: leafParts.length };
    }
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

interface Header {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  leafOffset: number;
  leafLength: number;
  dataOffset: number;
  dataLength: number;
  stats: ArchiveStats;
  options: ArchiveOptions;
  minZoom: number;
  maxZoom: number;
}

function e7(deg: number): number {
  return Math.round(deg * 1e7);
}

function serializeHeader(h: Header): Uint8Array {
  const buf = new ArrayBuffer(HEADER_BYTES);
  const view = new DataView(buf);
  const bytes = new Uint8Array(buf);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, v: number): void => view.setBigUint64(at, BigInt(v), true);
  u64(8, h.rootOffset);
  u64(16, h.rootLength);
  u64(24, h.metadataOffset);
  u64(32, h.metadataLength);
  u64(40, h.leafOffset);
  u64(48, h.leafLength);
  u64(56, h.dataOffset);
  u64(64, h.dataLength);
  u64(72, h.stats.addressedTiles);
  u64(80, h.stats.tileEntries);
  u64(88, h.stats.tileContents);
  view.setUint8(96, 1); // clustered: tile data is written in tile id order
  view.setUint8(97, Compression.gzip);
  view.setUint8(98, Compression[h.options.tileCompression]);
  view.setUint8(99, TileType[h.options.tileType]);
  view.setUint8(100, h.minZoom);
  view.setUint8(101, h.maxZoom);
  const [w, s, e, n] = h.options.bounds;
  view.setInt32(102, e7(w), true);
  view.setInt32(106, e7(s), true);
  view.setInt32(110, e7(e), true);
  view.setInt32(114, e7(n), true);
  const [clon, clat, cz] = h.options.center ?? [(w + e) / 2, (s + n) / 2, h.minZoom];
  view.setUint8(118, cz);
  view.setInt32(119, e7(clon), true);
  view.setInt32(123, e7(clat), true);
  return bytes;
}

export interface Archive {
  bytes: Uint8Array;
  stats: ArchiveStats;
}

/** Builds a whole archive: tiles sorted by id, identical contents stored once, runs of repeats merged. */
export function writeArchive(tiles: readonly TileInput[], options: ArchiveOptions): Archive {
  if (tiles.length === 0) throw new Error('PMTiles archive needs at least one tile');
  const sorted = tiles
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), z: t.z, data: t.data }))
    .sort((a, b) => a.id - b.id);
  const entries: DirEntry[] = [];
  const dataParts: Uint8Array[] = [];
  const seen = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  let lastId = -1;
  for (const t of sorted) {
    if (t.id === lastId) throw new Error(`duplicate tile ${t.z}/${t.id}`);
    lastId = t.id;
    const hash = createHash('sha256').update(t.data).digest('hex');
    let slot = seen.get(hash);
    if (!slot) {
      slot = { offset: dataLength, length: t.data.length };
      seen.set(hash, slot);
      dataParts.push(t.data);
      dataLength += t.data.length;
    }
    const prev = entries[entries.length - 1];
    if (prev && prev.offset === slot.offset && prev.tileId + prev.runLength === t.id) {
      prev.runLength += 1;
    } else {
      entries.push({ tileId: t.id, offset: slot.offset, length: slot.length, runLength: 1 });
    }
  }
  const dirs = buildDirectories(entries);
  const metadata = gzipSync(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const header: Header = {
    rootOffset: HEADER_BYTES,
    rootLength: dirs.root.length,
    metadataOffset: HEADER_BYTES + dirs.root.length,
    metadataLength: metadata.length,
    leafOffset: HEADER_BYTES + dirs.root.length + metadata.length,
    leafLength: dirs.leaves.length,
    dataOffset: HEADER_BYTES + dirs.root.length + metadata.length + dirs.leaves.length,
    dataLength,
    stats: {
      addressedTiles: sorted.length,
      tileEntries: entries.length,
      tileContents: seen.size,
      leafDirectories: dirs.leafCount,
    },
    options,
    minZoom: sorted.reduce((m, t) => Math.min(m, t.z), 99),
    maxZoom: sorted.reduce((m, t) => Math.max(m, t.z), 0),
  };
  const bytes = concat([serializeHeader(header), dirs.root, metadata, dirs.leaves, ...dataParts]);
  return { bytes, stats: header.stats };
}
