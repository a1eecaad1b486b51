/**
 * A reader for OLE compound files (MS-CFB), the container of Word 97-2003 .doc and WPS .wps:
 * a FAT chains fixed-size sectors into streams, a mini FAT chains 64-byte mini sectors (inside
 * the root entry's stream) for streams under the cutoff, a directory names the streams.
 *
 * Every number in the file is checked before it is used: a sector chain that loops or leaves the
 * file, a stream that claims more bytes than the file could hold, a FAT or directory larger than
 * the file — each is a BAD_DOC error, so a hostile file costs at most one pass over its own bytes.
 * Only the top-level streams are listed: a Word document keeps its text and tables there.
 */
import { JixiaoError } from "../errors";
import type { Limits } from "./limits";
import { decodeUtf16Name } from "./text";

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;
const ENTRY = 128;

export interface CompoundFile {
  /** Names of the top-level streams. */
  readonly names: ReadonlySet<string>;
  /** The bytes of a top-level stream, or null when there is no stream of that name. */
  stream(name: string): Uint8Array | null;
}

interface Entry { name: string; type: number; start: number; size: number }

function damaged(detail: string): JixiaoError {
  return new JixiaoError("BAD_DOC", `The file's OLE container is damaged (${detail}). Open it in Word or WPS and save it again, or save it as .docx.`);
}

/** Opens a compound file; throws BAD_DOC when its structure cannot be trusted. */
export function openCompoundFile(bytes: Uint8Array, limits: Pick<Limits, "maxEntryBytes" | "maxEntries">): CompoundFile {
  if (bytes.length < 512 || !MAGIC.every((b, i) => bytes[i] === b)) throw damaged("no compound file header");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) throw damaged(`sector size 2^${shift}`);
  const miniShift = view.getUint16(32, true);
  if (miniShift !== 6) throw damaged(`mini sector size 2^${miniShift}`);
  const size = 1 << shift;
  const perSector = size / 4;
  // A last sector cut short by a truncated copy is still read, as far as it goes.
  const sectorCount = Math.ceil((bytes.length - size) / size);
  if (sectorCount <= 0) throw damaged("no sectors after the header");
  const sector = (id: number) => bytes.subarray((id + 1) * size, Math.min(bytes.length, (id + 2) * size));

  // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatCount = u32(44);
  if (fatCount === 0 || fatCount > sectorCount) throw damaged(`${fatCount} FAT sectors in a file of ${sectorCount}`);
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(109, fatCount); i++) fatSectors.push(u32(76 + i * 4));
  const seenDifat = new Set<number>();
  for (let difat = u32(68); fatSectors.length < fatCount && difat !== END_OF_CHAIN && difat !== NO_STREAM; ) {
    if (difat >= sectorCount) throw damaged(`DIFAT sector ${difat} outside the file`);
    if (seenDifat.has(difat)) throw damaged("the DIFAT chain loops");
    seenDifat.add(difat);
    const at = (difat + 1) * size;
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(at + i * 4 + 4 <= bytes.length ? u32(at + i * 4) : NO_STREAM);
    difat = at + size <= bytes.length ? u32(at + size - 4) : END_OF_CHAIN;
  }
  if (fatSectors.length < fatCount) throw damaged(`${fatSectors.length} of ${fatCount} FAT sectors listed`);
  const fat = new Uint32Array(fatCount * perSector).fill(NO_STREAM);
  fatSectors.forEach((id, i) => {
    if (id >= sectorCount) throw damaged(`FAT sector ${id} outside the file`);
    const data = sector(id);
    const words = Math.floor(data.length / 4);
    for (let w = 0; w < words; w++) fat[i * perSector + w] = u32((id + 1) * size + w * 4);
  });

  /** The sectors of a chain; `needed` caps the walk for a stream of known size. */
  const chain = (table: Uint32Array, start: number, limit: number, needed: number, what: string): number[] => {
    const ids: number[] = [];
    const seen = new Uint8Array(limit);
    for (let id = start; id !== END_OF_CHAIN && ids.length < needed; id = table[id]) {
      if (id >= limit || id >= table.length) throw damaged(`${what} points to sector ${id}, outside the file`);
      if (seen[id]) throw damaged(`${what} loops`);
      seen[id] = 1;
      ids.push(id);
    }
    return ids;
  };
  const readChain = (start: number, length: number, what: string): Uint8Array => {
    const ids = chain(fat, start, sectorCount, Math.ceil(length / size), what);
    if (ids.length * size < length) throw damaged(`${what} ends after ${ids.length * size} of its ${length} bytes`);
    const out = new Uint8Array(length);
    ids.forEach((id, i) => out.set(sector(id).subarray(0, Math.min(size, length - i * size)), i * size));
    return out;
  };

  // The directory has no size of its own: its chain is read to the end, within the file.
  const dirIds = chain(fat, u32(48), sectorCount, sectorCount, "the directory chain");
  if (dirIds.length === 0) throw damaged("no directory");
  const directory = readChain(u32(48), dirIds.length * size, "the directory chain");
  const dirView = new DataView(directory.buffer);
  const entryCount = directory.length / ENTRY;
  const entry = (id: number): Entry => {
    const at = id * ENTRY;
    const nameLength = Math.min(64, dirView.getUint16(at + 64, true));
    return {
      name: decodeUtf16Name(directory.subarray(at, at + Math.max(0, nameLength - 2))),
      type: directory[at + 66],
      start: dirView.getUint32(at + 116, true),
      // MS-CFB version 3 files may leave garbage in the high half; the low half is the size.
      size: dirView.getUint32(at + 120, true),
    };
  };
  const root = entry(0);
  if (root.type !== 5) throw damaged("the first directory entry is not the root");

  // The top-level entries: a binary tree of siblings under the root's child.
  const top = new Map<string, Entry>();
  const visited = new Uint8Array(entryCount);
  const pending = [dirView.getUint32(76, true)];
  while (pending.length) {
    const id = pending.pop()!;
    if (id === NO_STREAM) continue;
    if (id >= entryCount) throw damaged(`directory entry ${id} outside the directory`);
    if (visited[id]) throw damaged("the directory tree loops");
    visited[id] = 1;
    if (top.size >= limits.maxEntries) throw new JixiaoError("LIMIT_EXCEEDED", `The OLE container lists more than ${limits.maxEntries} entries (limits.maxEntries).`);
    const e = entry(id);
    if (e.type === 2 && !top.has(e.name)) top.set(e.name, e);
    pending.push(dirView.getUint32(id * ENTRY + 68, true), dirView.getUint32(id * ENTRY + 72, true));
  }

  const cutoff = u32(56);
  let mini: { fat: Uint32Array; data: Uint8Array } | null = null;
  const miniStream = () => {
    if (mini) return mini;
    if (root.size > bytes.length) throw damaged(`the mini stream claims ${root.size} bytes in a file of ${bytes.length}`);
    const data = readChain(root.start, root.size, "the mini stream");
    const miniFatIds = chain(fat, u32(60), sectorCount, Math.min(u32(64), sectorCount), "the mini FAT chain");
    const table = new Uint32Array(miniFatIds.length * perSector).fill(NO_STREAM);
    miniFatIds.forEach((id, i) => {
      const words = Math.floor(sector(id).length / 4);
      for (let w = 0; w < words; w++) table[i * perSector + w] = u32((id + 1) * size + w * 4);
    });
    return (mini = { fat: table, data });
  };

  return {
    names: new Set(top.keys()),
    stream(name) {
      const e = top.get(name);
      if (!e) return null;
      if (e.size > bytes.length) throw damaged(`the stream ${name} claims ${e.size} bytes in a file of ${bytes.length}`);
      if (e.size > limits.maxEntryBytes) {
        throw new JixiaoError("LIMIT_EXCEEDED", `The stream ${name} is ${e.size} bytes, above the limit of ${limits.maxEntryBytes} (limits.maxEntryBytes). Raise the limit if the file is trusted.`);
      }
      if (e.size === 0) return new Uint8Array(0);
      if (e.size >= cutoff) return readChain(e.start, e.size, `the stream ${name}`);
      const { fat: miniFat, data } = miniStream();
      const ids = chain(miniFat, e.start, Math.floor(data.length / 64), Math.ceil(e.size / 64), `the stream ${name}`);
      if (ids.length * 64 < e.size) throw damaged(`the stream ${name} ends after ${ids.length * 64} of its ${e.size} bytes`);
      const out = new Uint8Array(e.size);
      ids.forEach((id, i) => out.set(data.subarray(id * 64, id * 64 + Math.min(64, e.size - i * 64)), i * 64));
      return out;
    },
  };
}
