// Reads a .vsix (a zip file): the names and Unix modes of its entries, and the bytes of one entry.
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip file's central directory: name, Unix mode (0 when not recorded) and where the data is. */
export function zipEntries(zip) {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) {
    throw new Error('not a zip file');
  }
  const count = zip.readUInt16LE(endOfDirectory + 10);
  const entries = [];
  for (let offset = zip.readUInt32LE(endOfDirectory + 16), index = 0; index < count; index++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      mode: zip.readUInt32LE(offset + 38) >>> 16,
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localHeader: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry (stored or deflated). */
export function zipEntryData(zip, entry) {
  const start = entry.localHeader + 30 + zip.readUInt16LE(entry.localHeader + 26) + zip.readUInt16LE(entry.localHeader + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    return data;
  }
  if (entry.method === 8) {
    return inflateRawSync(data);
  }
  throw new Error(`${entry.name}: compression method ${entry.method} is not supported`);
}
