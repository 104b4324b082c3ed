/**
 * Draws the add-in's icon (rising bars under a plan line on a green tile) at the sizes Office
 * asks for and writes them as PNG files into assets/. Run: node scripts/icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Supersampled icon: a rounded green tile, three white bars, an amber plan line. */
function icon(px, py, size) {
  const s = 4;
  let acc = [0, 0, 0, 0];
  for (let i = 0; i < s; i++) {
    for (let j = 0; j < s; j++) {
      const x = (px - 0.5 + (i + 0.5) / s) / size;
      const y = (py - 0.5 + (j + 0.5) / s) / size;
      const c = sample(x, y);
      for (let k = 0; k < 4; k++) acc[k] += c[k];
    }
  }
  return acc.map((v) => Math.round(v / (s * s)));
}

function sample(x, y) {
  const r = 0.16;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const bars = [
    [0.18, 0.34, 0.62],
    [0.42, 0.58, 0.48],
    [0.66, 0.82, 0.3],
  ];
  for (const [x0, x1, top] of bars) if (x >= x0 && x <= x1 && y >= top && y <= 0.84) return [255, 255, 255, 255];
  // plan line from (0.16, 0.5) to (0.84, 0.2), thickness 0.05
  const t = Math.max(0, Math.min(1, (x - 0.16) / 0.68));
  const ly = 0.5 - t * 0.3;
  if (x >= 0.14 && x <= 0.86 && Math.abs(y - ly) < 0.035) return [255, 185, 0, 255];
  return [16, 124, 65, 255];
}

const out = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, icon));
}
console.log("icons written to", out);
