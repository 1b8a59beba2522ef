// Packs PNG images into one .ico file (PNG-compressed entries, read by every browser since 2007), for /favicon.ico.
//   node tools/sample-pictures/icons.mjs OUT.ico 16.png 32.png 48.png
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...inputs] = process.argv.slice(2);
const images = inputs.map((file) => {
  const png = readFileSync(file);
  // The IHDR chunk holds the width and height, big-endian, at bytes 16 and 20.
  return { png, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
});
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // 1 = icon
header.writeUInt16LE(images.length, 4);
let offset = 6 + 16 * images.length;
const entries = images.map(({ png, width, height }) => {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(width >= 256 ? 0 : width, 0);
  entry.writeUInt8(height >= 256 ? 0 : height, 1);
  entry.writeUInt8(0, 2); // no palette
  entry.writeUInt8(0, 3);
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += png.length;
  return entry;
});
writeFileSync(out, Buffer.concat([header, ...entries, ...images.map((i) => i.png)]));
console.log(`Wrote ${out}: ${images.map((i) => `${i.width}×${i.height}`).join(', ')}`);
