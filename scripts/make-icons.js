// Writes the add-in's mark as assets/icon-<size>.png: a white house with two dark blue bars in it
// (the opgave per woning) and a light blue roof, on a dark blue rounded square. Drawn on a grid of
// 16 units whose straight edges fall on whole pixels at 16 px and its multiples (32 … 128), so
// the mark stays sharp where it is smallest: the ribbon at 100 %. The same PNGs are the ribbon's
// and the manifest's icons and the mark beside the pane's header (Kop.tsx).
// Sizes: 16, 20, 24, 32, 40, 48, 64 and 80 for the ribbon at 100 % to 500 % (the manifest's
// bt:Image sizes), 32 and 64 for IconUrl and HighResolutionIconUrl, 128 for a catalogue.
// Only Node's zlib (deflate and crc32), no image library.
// Usage: node scripts/make-icons.js [folder]   (default: assets/)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const GRID = 16;
const DARK = [0x15, 0x42, 0x73]; // dark blue
const LIGHT = [0x8f, 0xca, 0xe7]; // light blue
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel along each axis (antialiasing of the corners and the roof). */
const SAMPLES = 4;

/** The mark in grid units (0..16), back to front: where shapes overlap, the later one shows. */
const SHAPES = [
  { colour: DARK, inside: roundedSquare(0, 0, 16, 3) },
  { colour: LIGHT, inside: triangle([8, 2], [14, 8], [2, 8]) },
  { colour: WHITE, inside: rect(4, 8, 12, 14) },
  { colour: DARK, inside: rect(5, 11, 7, 13) },
  { colour: DARK, inside: rect(9, 9, 11, 13) },
];

function rect(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
}

function roundedSquare(x0, y0, side, radius) {
  return (x, y) => {
    if (!rect(x0, y0, x0 + side, y0 + side)(x, y)) return false;
    const cx = Math.min(Math.max(x, x0 + radius), x0 + side - radius);
    const cy = Math.min(Math.max(y, y0 + radius), y0 + side - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

function triangle(a, b, c) {
  const side = (p, q, x, y) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return (x, y) => {
    const s = [side(a, b, x, y), side(b, c, x, y), side(c, a, x, y)];
    return s.every((v) => v >= 0) || s.every((v) => v <= 0);
  };
}

/** The colour and coverage of one grid point: the frontmost shape containing it, or transparent. */
function sample(x, y) {
  for (let i = SHAPES.length - 1; i >= 0; i--) if (SHAPES[i].inside(x, y)) return SHAPES[i].colour;
  return undefined;
}

/** RGBA pixels of the mark at `size` px: each pixel the mean of SAMPLES² points inside it. */
function pixels(size) {
  const data = Buffer.alloc(size * size * 4);
  const unit = GRID / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = sample((px + (sx + 0.5) / SAMPLES) * unit, (py + (sy + 0.5) / SAMPLES) * unit);
          if (!colour) continue;
          covered++;
          colour.forEach((c, i) => (sum[i] += c));
        }
      }
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) data[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      data[at + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  return data;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** The mark as a PNG of `size` × `size` px, RGBA. */
function png(size) {
  const rgba = pixels(size);
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)); // filter byte 0 (none), then the row
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods: 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Writes icon-<size>.png for every size into `dir`; the file names. */
function writeIcons(dir) {
  fs.mkdirSync(dir, { recursive: true });
  return SIZES.map((size) => {
    const name = `icon-${size}.png`;
    fs.writeFileSync(path.join(dir, name), png(size));
    return name;
  });
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'assets'));
  console.log(`wrote ${writeIcons(dir).join(', ')} in ${dir}`);
}

module.exports = { SIZES, pixels, png, writeIcons };
