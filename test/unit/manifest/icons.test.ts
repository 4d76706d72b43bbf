/**
 * The icons in assets/: what scripts/make-icons.js draws, one mark at every size, readable at 16 px, and the same
 * files as the pane's header shows. The PNGs are decoded here (inflate, filter 0, RGBA), not read back through the
 * script.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { root } from './buildManifest';

interface Image {
  size: number;
  /** RGBA, row by row. */
  rgba: Buffer;
}

const assets = path.join(root, 'assets');
const iconFiles = () => fs.readdirSync(assets).filter((f) => /^icon-\d+\.png$/.test(f));
const sizeOf = (file: string) => Number(/\d+/.exec(file)![0]);

/** A square 8-bit RGBA PNG whose rows are all unfiltered (filter 0), as make-icons.js writes them. */
function decode(png: Buffer): Image {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const size = png.readUInt32BE(16);
  expect([png.readUInt32BE(20), png[24], png[25]]).toEqual([size, 8, 6]); // square, 8 bits, RGBA
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = 1 + size * 4;
  const rows = Array.from({ length: size }, (_, y) => raw.subarray(y * stride, (y + 1) * stride));
  expect(rows.every((row) => row[0] === 0)).toBe(true);
  return { size, rgba: Buffer.concat(rows.map((row) => row.subarray(1))) };
}

const icon = (size: number) => decode(fs.readFileSync(path.join(assets, `icon-${size}.png`)));

/** Colour premultiplied by alpha, 0..1, of the area [x0, x1) × [y0, y1) of `image` in its own pixels. */
function area(image: Image, x0: number, y0: number, x1: number, y1: number): number[] {
  const sum = [0, 0, 0, 0];
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      const weight = (Math.min(x + 1, x1) - Math.max(x, x0)) * (Math.min(y + 1, y1) - Math.max(y, y0));
      const at = (y * image.size + x) * 4;
      const alpha = image.rgba[at + 3] / 255;
      for (let c = 0; c < 3; c++) sum[c] += (weight * alpha * image.rgba[at + c]) / 255;
      sum[3] += weight * alpha;
    }
  }
  const total = (x1 - x0) * (y1 - y0);
  return sum.map((s) => s / total);
}

/** WCAG 2 contrast ratio of two sRGB colours (0..255). */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

test('assets/ holds exactly what scripts/make-icons.js draws (run it after changing the mark)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nplv-icons-'));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const written = (require(path.join(root, 'scripts/make-icons.js')) as { writeIcons(dir: string): string[] }).writeIcons(dir);
    expect([...written].sort()).toEqual(iconFiles().sort());
    for (const file of written)
      expect([file, fs.readFileSync(path.join(dir, file)).equals(fs.readFileSync(path.join(assets, file)))]).toEqual([file, true]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the ribbon sizes of the manifest schema (16, 32, 80 and the optional 20, 24, 40, 48, 64) are all there', () => {
  expect(iconFiles().map(sizeOf)).toEqual(expect.arrayContaining([16, 20, 24, 32, 40, 48, 64, 80]));
});

test('every size is the same mark: the largest icon scaled down matches each smaller one', () => {
  const large = icon(128);
  for (const size of iconFiles()
    .map(sizeOf)
    .filter((s) => s < 128)) {
    const small = icon(size);
    const k = large.size / size;
    let difference = 0;
    let worst = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const scaled = area(large, x * k, y * k, (x + 1) * k, (y + 1) * k);
        const own = area(small, x, y, x + 1, y + 1);
        const pixel = scaled.reduce((d, v, c) => d + Math.abs(v - own[c]), 0) / 4;
        difference += pixel;
        worst = Math.max(worst, pixel);
      }
    }
    // No pixel differs by 10 % or more per channel (a moved or missing shape would, by far): only the antialiasing
    // of the edges differs. (Measured: at most 6 %, 0.25 % on average.)
    expect([size, worst < 0.1, difference / size ** 2 < 0.01]).toEqual([size, true, true]);
  }
});

test('at 16 px the mark is sharp and its two main colours differ clearly', () => {
  const { rgba } = icon(16);
  const counts = new Map<string, number>();
  for (let at = 0; at < rgba.length; at += 4) {
    if (rgba[at + 3] !== 255) continue;
    const key = [rgba[at], rgba[at + 1], rgba[at + 2]].join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // Sharp: the three colours of the mark (ground, house, roof) cover 80 % of the 256 pixels, few blends between them.
  const three = ranked.slice(0, 3).reduce((n, [, count]) => n + count, 0);
  expect(three / 256).toBeGreaterThan(0.8);
  // The house stands out from the ground as text must (WCAG AA, 4.5:1).
  const [ground, house] = ranked.map(([key]) => key.split(',').map(Number));
  expect(contrast(ground, house)).toBeGreaterThan(4.5);
});

test("the pane's header shows these icons, and the manifest names only icons that exist", () => {
  const kop = fs.readFileSync(path.join(root, 'src/taskpane/components/Kop.tsx'), 'utf8');
  const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  const named = (text: string) => [...text.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
  expect(named(kop).length).toBeGreaterThan(0);
  expect(iconFiles()).toEqual(expect.arrayContaining([...named(kop), ...named(manifest)]));
});
