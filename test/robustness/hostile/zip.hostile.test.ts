import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { crc32 } from 'zlib';
import { readZip } from '../../../src/workbook/adapters/xlsx/zip/directory';
import type { ZipEntry } from '../../../src/workbook/adapters/xlsx/zip/file';
import { writeZip } from '../../../src/workbook/adapters/xlsx/zip/inGeheugen';
import { entryBytes } from '../../../src/workbook/adapters/xlsx/zip/inflate';
import { nieuweMap, toetsSoorten } from './runner';
import { ZIP_SOORTEN, werkmapDelen } from './zip';
import { bouwZip } from './zipBouw';
import { itGroot } from '../../support/groteGevallen';

toetsSoorten('nplv as a process on damaged zips, ZIP64 and zip bombs (issue 13, item 5)', ZIP_SOORTEN);

/** Entries as the product's writer takes them: stored, with their CRC (zlib's) and size. */
const entries = (delen: { naam: string; inhoud: Buffer }[]): ZipEntry[] =>
  delen.map((d) => ({ name: d.naam, method: 0, crc: crc32(d.inhoud), size: d.inhoud.length, time: 0, date: 0x21, data: d.inhoud }));

/** What Python's zipfile (every CRC checked) and `unzip -t` say of a zip: its number of entries, or a failure. */
function onafhankelijk(zip: Buffer): { python: number; unzip: boolean } {
  const pad = join(nieuweMap(), 'z.zip');
  writeFileSync(pad, zip);
  const python = 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(len(z.infolist()))';
  const telling = Number(execFileSync('python3', ['-c', python, pad], { encoding: 'utf8' }).trim());
  const unzip = /No errors detected/.test(execFileSync('unzip', ['-tq', pad], { encoding: 'utf8' }));
  return { python: telling, unzip };
}

describe('the zip writer: ZIP64 where the output needs it, read by independent readers', () => {
  it('ZIP64 records for every entry and the end (the form a > 4 GB output takes) read by Python, unzip and JSZip', async () => {
    const delen = (await werkmapDelen()) as { naam: string; inhoud: Buffer }[];
    const zip = writeZip(entries(delen), 'altijd');
    expect(zip.includes(Buffer.from([0x50, 0x4b, 6, 6]))).toBe(true); // the ZIP64 end record
    expect(onafhankelijk(zip)).toEqual({ python: delen.length, unzip: true });
    const z = await JSZip.loadAsync(zip, { checkCRC32: true });
    for (const d of delen) expect(await z.file(d.naam)!.async('nodebuffer')).toEqual(d.inhoud);
  });

  itGroot.each([65_534, 65_535, 65_536])(
    '%i entries: ZIP64 end records from 65,535 on; Python, unzip and JSZip read them all',
    async (n) => {
      const delen = Array.from({ length: n }, (_, i) => ({ naam: `d/${i}`, inhoud: Buffer.from(String(i)) }));
      const zip = writeZip(entries(delen));
      expect(zip.includes(Buffer.from([0x50, 0x4b, 6, 6]))).toBe(n >= 65_535);
      expect(onafhankelijk(zip)).toEqual({ python: n, unzip: true });
      const z = await JSZip.loadAsync(zip);
      expect(Object.keys(z.files)).toHaveLength(n);
      expect(await z.file(`d/${n - 1}`)!.async('string')).toBe(String(n - 1));
    },
    60_000,
  );
});

describe('the zip reader reads what independent writers write', () => {
  itGroot(
    'a zip of 65,535 entries without ZIP64 (count 0xffff), as bouwZip writes it, and Python reads it too',
    async () => {
      const delen = Array.from({ length: 65_535 }, (_, i) => ({ naam: `d/${i}`, inhoud: Buffer.from(String(i)), methode: 0 }));
      const zip = bouwZip(delen);
      expect(zip.readUInt16LE(zip.length - 12)).toBe(0xffff);
      expect(onafhankelijk(zip).python).toBe(65_535);
      const gelezen = readZip(zip);
      expect(gelezen).toHaveLength(65_535);
      expect((await entryBytes(gelezen[65_534])).toString()).toBe('65534');
    },
    60_000,
  );

  it("a zip with ZIP64 records written by Python's zipfile (force_zip64)", async () => {
    const python =
      'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:\n  for i in range(3):\n    with z.open(f"d/{i}.txt", "w", force_zip64=True) as f: f.write(("regel %d\\n" % i * 100).encode())';
    const pad = join(nieuweMap(), 'p.zip');
    execFileSync('python3', ['-c', python, pad]);
    const gelezen = readZip(readFileSync(pad));
    expect(gelezen.map((e) => e.name)).toEqual(['d/0.txt', 'd/1.txt', 'd/2.txt']);
    expect((await entryBytes(gelezen[2])).toString()).toBe('regel 2\n'.repeat(100));
  });
});
