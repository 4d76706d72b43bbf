import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { blad, kleineRijen, rij, xlsx } from './grootteBestanden';
import type { Soort } from './soort';
import { bouwZip, crcVanNullen, nullenBom, type Deel, type ZipOpties } from './zipBouw';

/**
 * Damaged zips, ZIP64 and zip bombs (issue 13, item 5): each file assembled byte by byte
 * (zipBouw.ts) from the parts of the corpus's small workbook, `nplv herbereken` run on it.
 */

const BLAD = 'xl/worksheets/sheet1.xml';
const MIB = 2 ** 20;
const OPNIEUW = 'haal het opnieuw op, of open het in Excel en sla het opnieuw op';

/** The parts of the small workbook (Opgave 400 + 200), plus one part no reader opens, which a save copies as it is. */
export async function werkmapDelen(): Promise<Deel[]> {
  const { opgave, dekking } = kleineRijen();
  const z = await JSZip.loadAsync(
    await xlsx({ Opgave: blad(opgave.map((r, i) => rij(i + 1, r))), Dekking: blad(dekking.map((r, i) => rij(i + 1, r))) }),
  );
  const delen = await Promise.all(
    Object.values(z.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ naam: f.name, inhoud: await f.async('nodebuffer') })),
  );
  return [
    ...delen,
    { naam: 'customXml/item1.xml', inhoud: Buffer.from('<?xml version="1.0"?><notitie>niet gelezen, wel gekopieerd</notitie>') },
  ];
}

/** `delen` with the part named `naam` changed. */
const met = (delen: Deel[], naam: string, wijziging: Partial<Deel>): Deel[] =>
  delen.map((d) => (d.naam === naam ? { ...d, ...wijziging } : d));

/** A kind on the small workbook's parts as `maak` changes them, zipped by bouwZip; `herbereken -o uit.xlsx`. */
function soort(
  naam: string,
  maak: (d: Deel[]) => Deel[],
  verwacht: Soort['verwacht'],
  opties: ZipOpties = {},
  meer: Partial<Soort> = {},
): Soort {
  return {
    naam,
    punt: 5,
    maak: async (map) => {
      writeFileSync(join(map, 'raming.xlsx'), bouwZip(maak(await werkmapDelen()), opties));
      return ['herbereken', 'raming.xlsx', '-o', 'uit.xlsx'];
    },
    verwacht,
    na: (map) => expect(readdirSync(map).sort()).toEqual(verwacht.exit === 0 ? ['raming.xlsx', 'uit.xlsx'] : ['raming.xlsx']),
    ...meer,
  };
}

/**
 * Exit 2 with this last line: `nplv: 'raming.xlsx': ` and the message (also for a part found
 * damaged while saving); progress lines before it for a file of a MB or more.
 */
const fout = (bericht: string): Soort['verwacht'] => ({
  exit: 2,
  stderr: new RegExp(`(^|\\n)nplv: 'raming\\.xlsx': ${bericht.replace(/[.()[\]?*+]/g, '\\$&')}\\n$`),
});
const beschadigd = (reden: string) => fout(`het bestand is beschadigd: ${reden}; ${OPNIEUW}`);
const ongeldig = (reden: string) =>
  fout(`dit zip-bestand is geen geldige werkmap: ${reden}; open de werkmap in Excel en sla hem opnieuw op`);

/**
 * The output is a zip that independent readers read whole and alike: Python's zipfile (every
 * CRC) and JSZip, at least `n` entries (the input's, plus the Totaalbeeld sheet); the first
 * sheet still holds its 400.
 */
async function geldigeUitvoer(map: string, n: number): Promise<void> {
  const uit = join(map, 'uit.xlsx');
  const python = 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(len(z.infolist()))';
  const telling = Number(execFileSync('python3', ['-c', python, uit], { encoding: 'utf8' }).trim());
  expect(telling).toBeGreaterThanOrEqual(n);
  const z = await JSZip.loadAsync(readFileSync(uit), { checkCRC32: true });
  expect(Object.values(z.files).filter((f) => !f.dir)).toHaveLength(telling);
  expect(await z.file(BLAD)!.async('string')).toContain('<v>400</v>');
}

/** `n` MiB of zeros as the first sheet, deflated; its CRC right; the size declared `gezegd` (default: the truth). */
const bom =
  (mib: number, gezegd = mib * MIB) =>
  (d: Deel[]) =>
    met(d, BLAD, { inhoud: undefined, data: nullenBom(mib), crc: crcVanNullen(mib * MIB), grootte: gezegd });

const VELE = 65_535;

/**
 * Overlapping entries (the trick of the non-recursive zip bombs): a stored part whose content
 * is a whole local header with data, which a second directory entry points into.
 */
function overlap(d: Deel[]): Deel[] {
  const inhoud = Buffer.from('<x/>');
  const naam = 'xl/media/ander.xml';
  const binnen = bouwZip([{ naam, inhoud, methode: 0 }]).subarray(0, 30 + naam.length + inhoud.length);
  return [
    ...met(d, 'customXml/item1.xml', { inhoud: binnen, methode: 0 }),
    { naam, inhoud, methode: 0, alleenInMap: true, offset: (echt) => echt - binnen.length },
  ];
}

export const ZIP_SOORTEN: Soort[] = [
  soort('zip-crc', (d) => met(d, BLAD, { crc: 0x12345678 }), beschadigd(`onderdeel ${BLAD} klopt niet (CRC)`)),
  soort(
    'zip-crc-gekopieerd-deel',
    (d) => met(d, 'customXml/item1.xml', { crc: 1 }),
    beschadigd('onderdeel customXml/item1.xml klopt niet (CRC)'),
  ),
  soort(
    'zip-data-kapot',
    (d) => met(d, BLAD, { data: Buffer.alloc(40, 0xff) }),
    beschadigd(`onderdeel ${BLAD} is niet uit te pakken (de gecomprimeerde gegevens kloppen niet)`),
  ),
  soort(
    'zip-grootte-te-klein',
    (d) => met(d, BLAD, { grootte: 10 }),
    beschadigd(`onderdeel ${BLAD} klopt niet (grootte: volgens de inhoudsopgave 10 bytes, uitgepakt minstens 12 bytes, daarna gestopt)`),
  ),
  // A good run (read, compute, write), not a refusal: the bound of a whole herbereken.
  soort(
    'zip-64',
    (d) => d,
    { exit: 0, stdout: /Geschreven: uit\.xlsx/ },
    { zip64: true },
    { grens: { ms: 4_000, mb: 200 }, na: (map) => geldigeUitvoer(map, 9) },
  ),
  soort(
    'zip-65535-delen',
    (d) => [
      ...d,
      ...Array.from({ length: VELE - d.length }, (_, i): Deel => ({ naam: `extra/${i}.txt`, inhoud: Buffer.from(String(i)), methode: 0 })),
    ],
    { exit: 0, stdout: /Geschreven: uit\.xlsx/ },
    {},
    // The Totaalbeeld sheet makes 65,536 entries: the output needs ZIP64 records.
    { grens: { ms: 10_000, mb: 300 }, na: (map) => geldigeUitvoer(map, VELE + 1), groot: true },
  ),
  soort(
    'zip-bom-1gb',
    bom(1024),
    fout(
      `onderdeel ${BLAD} is te groot: uitgepakt 1.024 MB volgens de inhoudsopgave, meer dan de grens van 256 MB per onderdeel die nplv leest`,
    ),
  ),
  soort(
    'zip-bom-5gb-zip64',
    bom(5120),
    fout(
      `onderdeel ${BLAD} is te groot: uitgepakt 5.120 MB volgens de inhoudsopgave, meer dan de grens van 256 MB per onderdeel die nplv leest`,
    ),
    { zip64: true },
  ),
  soort(
    'zip-bom-1gb-grootte-gelogen',
    bom(1024, 20_000),
    beschadigd(
      `onderdeel ${BLAD} klopt niet (grootte: volgens de inhoudsopgave 20.000 bytes, uitgepakt minstens 20.002 bytes, daarna gestopt)`,
    ),
  ),
  soort(
    'zip-bom-1gb-grootte-op-de-grens',
    bom(1024, 256 * MIB),
    beschadigd(
      `onderdeel ${BLAD} klopt niet (grootte: volgens de inhoudsopgave 268.435.456 bytes, uitgepakt minstens 269.484.032 bytes, daarna gestopt)`,
    ),
    {},
    // Inflates 257 MB before it stops: the one kind that costs the limit.
    { grens: { ms: 6_000, mb: 450 } },
  ),
  soort(
    'zip-bom-werkmap-te-groot',
    (d) => [
      ...d,
      ...[1, 2, 3].map((i) => ({ naam: `xl/media/leeg${i}.bin`, data: nullenBom(200), crc: crcVanNullen(200 * MIB), grootte: 200 * MIB })),
    ],
    fout(
      'de werkmap is te groot: de onderdelen samen zijn uitgepakt 601 MB volgens de inhoudsopgave, meer dan de grens van 512 MB per werkmap die nplv leest',
    ),
  ),
  soort('zip-overlap', overlap, beschadigd('de onderdelen customXml/item1.xml en xl/media/ander.xml overlappen elkaar in het bestand')),
  soort(
    'zip-offset-buiten-bestand',
    (d) => met(d, BLAD, { offset: () => 0x7ffffff0 }),
    beschadigd(`onderdeel ${BLAD} ligt (deels) buiten het bestand`),
  ),
  soort(
    'zip-offset-geen-kop',
    (d) => met(d, BLAD, { offset: (echt) => echt + 1 }),
    beschadigd(`onderdeel ${BLAD} begint niet waar de inhoudsopgave zegt`),
  ),
  soort(
    'zip-naam-buiten-map',
    (d) => [...d, { naam: '../../vijandig.txt', inhoud: Buffer.from('weg') }],
    ongeldig("onderdeel '../../vijandig.txt' heeft een naam buiten de werkmap (een absoluut pad of '..')"),
    {},
    {
      na: (map) =>
        expect([readdirSync(map), existsSync(join(map, '../../vijandig.txt')), existsSync(join(map, '../vijandig.txt'))]).toEqual([
          ['raming.xlsx'],
          false,
          false,
        ]),
    },
  ),
  soort(
    'zip-naam-absoluut',
    (d) => [...d, { naam: '/tmp/vijandig.txt', inhoud: Buffer.from('weg') }],
    ongeldig("onderdeel '/tmp/vijandig.txt' heeft een naam buiten de werkmap (een absoluut pad of '..')"),
  ),
  soort(
    'zip-naam-dubbel',
    (d) => [...d, { naam: BLAD.toUpperCase(), inhoud: Buffer.from('<worksheet/>') }],
    ongeldig(`onderdeel ${BLAD.toUpperCase()} staat er meer dan één keer in`),
  ),
  soort('zip-telling-gelogen', (d) => d, beschadigd('de inhoudsopgave van het zip-bestand noemt 4 onderdelen, maar bevat er 8'), {
    aantal: 4,
  }),
  soort(
    'zip-versleuteld-deel',
    (d) => met(d, BLAD, { vlaggen: 0x0801 }),
    ongeldig(`onderdeel ${BLAD} is versleuteld met een zip-wachtwoord`),
  ),
  soort(
    'zip-methode-onbekend',
    (d) => met(d, BLAD, { methode: 12 }),
    fout(`dit zip-bestand gebruikt voor ${BLAD} een compressiemethode (12) die nplv niet leest; open het in Excel en sla het opnieuw op`),
  ),
  soort(
    'zip-verdeeld',
    (d) => d,
    fout(
      `dit is één deel van een zip-bestand dat over meerdere bestanden is verdeeld; nplv leest alleen een zip-bestand uit één stuk: ${OPNIEUW}`,
    ),
    { schijf: 1 },
  ),
];
