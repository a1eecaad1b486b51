/**
 * A writer for Compound File Binary (MS-CFB version 3, 512-byte sectors): header, DIFAT in the
 * header, FAT, directory as a balanced tree of siblings, mini stream for streams under 4,096
 * bytes. Enough to build the containers Office writes (legacy .doc, encrypted OOXML) with their
 * real stream names; /usr/bin/python3's olefile reads what it writes.
 */

/** A storage holds streams and storages; a stream holds bytes. */
export type CfbNode = { name: string; data: Uint8Array } | { name: string; children: CfbNode[] };

const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

interface DirEntry { name: string; type: 1 | 2 | 5; left: number; right: number; child: number; start: number; size: number }

/** Siblings are ordered by name length, then by upper-cased name (MS-CFB 2.6.4). */
function compareNames(a: string, b: string): number {
  return a.length - b.length || (a.toUpperCase() < b.toUpperCase() ? -1 : a.toUpperCase() > b.toUpperCase() ? 1 : 0);
}

export function cfb(root: CfbNode[]): Uint8Array {
  const entries: DirEntry[] = [{ name: "Root Entry", type: 5, left: NOSTREAM, right: NOSTREAM, child: NOSTREAM, start: END, size: 0 }];
  const streams: { entry: DirEntry; data: Uint8Array }[] = [];

  /** Adds the children of a storage and returns the index of their tree's root. */
  const addChildren = (children: CfbNode[]): number => {
    const sorted = [...children].sort((a, b) => compareNames(a.name, b.name));
    const build = (lo: number, hi: number): number => {
      if (lo > hi) return NOSTREAM;
      const mid = (lo + hi) >> 1;
      const node = sorted[mid];
      const index = entries.length;
      const entry: DirEntry = { name: node.name, type: "data" in node ? 2 : 1, left: NOSTREAM, right: NOSTREAM, child: NOSTREAM, start: END, size: 0 };
      entries.push(entry);
      if ("data" in node) streams.push({ entry, data: node.data });
      else entry.child = addChildren(node.children);
      entry.left = build(lo, mid - 1);
      entry.right = build(mid + 1, hi);
      return index;
    };
    return build(0, sorted.length - 1);
  };
  entries[0].child = addChildren(root);

  // The mini stream: small streams in 64-byte mini sectors, chained by the mini FAT.
  const miniFat: number[] = [];
  const miniChunks: Uint8Array[] = [];
  for (const { entry, data } of streams) {
    entry.size = data.length;
    if (data.length >= CUTOFF || data.length === 0) continue;
    const count = Math.ceil(data.length / MINI);
    entry.start = miniFat.length;
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? END : miniFat.length + 1);
    const padded = new Uint8Array(count * MINI);
    padded.set(data);
    miniChunks.push(padded);
  }
  const miniStream = concatBytes(miniChunks);
  entries[0].size = miniStream.length;

  // Regular sectors, in order: FAT, directory, mini FAT, mini stream, large streams.
  const sectorsFor = (bytes: number) => Math.ceil(bytes / SECTOR);
  const dirSectors = sectorsFor(entries.length * 128);
  const miniFatSectors = sectorsFor(miniFat.length * 4);
  const miniStreamSectors = sectorsFor(miniStream.length);
  const large = streams.filter((s) => s.data.length >= CUTOFF);
  const dataSectors = dirSectors + miniFatSectors + miniStreamSectors + large.reduce((n, s) => n + sectorsFor(s.data.length), 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + dataSectors) fatSectors++;
  if (fatSectors > 109) throw new Error("cfb(): more than 109 FAT sectors needs DIFAT sectors, which this writer does not write");

  const fat: number[] = Array.from({ length: fatSectors }, () => FATSECT);
  const chain = (count: number): number => {
    if (count === 0) return END;
    const start = fat.length;
    for (let i = 0; i < count; i++) fat.push(i === count - 1 ? END : fat.length + 1);
    return start;
  };
  const dirStart = chain(dirSectors);
  const miniFatStart = chain(miniFatSectors);
  entries[0].start = chain(miniStreamSectors);
  for (const s of large) s.entry.start = chain(sectorsFor(s.data.length));

  const file = new Uint8Array(SECTOR * (1 + fat.length));
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, fatSectors, true);
  view.setUint32(48, dirStart, true);
  view.setUint32(56, CUTOFF, true);
  view.setUint32(60, miniFatStart, true);
  view.setUint32(64, miniFatSectors, true);
  view.setUint32(68, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i < fatSectors ? i : FREE, true);

  const sectorAt = (id: number) => SECTOR * (id + 1);
  for (let i = 0; i < fatSectors * (SECTOR / 4); i++) view.setUint32(sectorAt(0) + i * 4, i < fat.length ? fat[i] : FREE, true);
  entries.forEach((e, i) => {
    const at = sectorAt(dirStart) + i * 128;
    const name = Buffer.from(e.name + "\0", "utf16le");
    file.set(name, at);
    view.setUint16(at + 64, name.length, true);
    file[at + 66] = e.type;
    file[at + 67] = 1;
    view.setUint32(at + 68, e.left, true);
    view.setUint32(at + 72, e.right, true);
    view.setUint32(at + 76, e.child, true);
    view.setUint32(at + 116, e.start, true);
    view.setUint32(at + 120, e.size, true);
  });
  for (let i = entries.length; i < dirSectors * 4; i++) {
    const at = sectorAt(dirStart) + i * 128;
    view.setUint32(at + 68, NOSTREAM, true);
    view.setUint32(at + 72, NOSTREAM, true);
    view.setUint32(at + 76, NOSTREAM, true);
  }
  for (let i = 0; i < miniFatSectors * (SECTOR / 4); i++) view.setUint32(sectorAt(miniFatStart) + i * 4, i < miniFat.length ? miniFat[i] : FREE, true);
  if (miniStream.length) file.set(miniStream, sectorAt(entries[0].start));
  for (const s of large) file.set(s.data, sectorAt(s.entry.start));
  return file;
}

/** A plain Uint8Array: a Buffer's slice() would share memory. */
const concatBytes = (parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

const utf16 = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const bytes = (n: number, fill = 0x5a) => new Uint8Array(n).fill(fill);

/**
 * A password-protected .docx as Office writes it (MS-OFFCRYPTO 2.3.4.10, agile encryption):
 * the data spaces storage, EncryptionInfo (version 4.4 and its XML descriptor) and
 * EncryptedPackage (an 8-byte size, then ciphertext; here filler bytes).
 */
export function encryptedOoxml(): Uint8Array {
  const info = concatBytes([new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]), new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></keyEncryptor></keyEncryptors></encryption>`)]);
  const size = new Uint8Array(8);
  new DataView(size.buffer).setUint32(0, 20_000, true);
  return cfb([
    { name: "\u0006DataSpaces", children: [
      { name: "Version", data: concatBytes([new Uint8Array([0x3c, 0, 0, 0]), utf16("Microsoft.Container.DataSpaces"), new Uint8Array([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0])]) },
      { name: "DataSpaceMap", data: bytes(112, 0) },
      { name: "DataSpaceInfo", children: [{ name: "StrongEncryptionDataSpace", data: bytes(64, 0) }] },
      { name: "TransformInfo", children: [{ name: "StrongEncryptionTransform", children: [{ name: "\u0006Primary", data: bytes(200, 0) }] }] },
    ] },
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: concatBytes([size, bytes(20_000 + 16 - (20_000 % 16))]) },
  ]);
}

/** A Word 97-2003 .doc's streams, with `text` (UTF-16, as Word stores Chinese text) in WordDocument. */
export function legacyDoc(text = "项目支出绩效自评表", extra: CfbNode[] = []): Uint8Array {
  const fib = new Uint8Array(1472);
  new DataView(fib.buffer).setUint16(0, 0xa5ec, true);
  return cfb([
    { name: "WordDocument", data: concatBytes([fib, utf16(text), bytes(4096, 0)]) },
    { name: "1Table", data: bytes(4096, 0) },
    { name: "\u0005SummaryInformation", data: bytes(200, 0) },
    { name: "\u0001CompObj", data: utf16("Microsoft Word 97-2003 Document") },
    ...extra,
  ]);
}
