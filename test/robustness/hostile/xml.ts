import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { orakelCellen } from '../xmlOrakel';
import { blad, kleineRijen, rij, xlsx } from './grootteBestanden';
import type { Soort } from './soort';

/**
 * The XML of the package read as XML (issue 13, items 1, 2, 4 and 8): the corpus's small
 * workbook (Opgave: Nieuwbouw 400 in E2, Onderwijs 200 in E3) with one part written by hand
 * in a legal but unusual way, or damaged. Legal XML gives the figures LibreOffice shows
 * (Nieuwbouw 400, never a number hidden in a comment, a processing instruction or CDATA);
 * damaged XML, a DTD and references outside Excel's grid are exit 2 naming the part.
 */

const BLAD = 'xl/worksheets/sheet1.xml';
const E2 = '<c r="E2"><v>400</v></c>';
const OPNIEUW = /haal het opnieuw op, of open het in Excel en sla het opnieuw op\n$/;
/** `totaalbeeld --json` read Nieuwbouw as 400. */
const NIEUWBOUW_400 = /"onderdeel": "Nieuwbouw",\s*"gebied": "",\s*"opgave": 400,/;

/** The small workbook's Opgave sheet as the corpus writes it. */
function opgaveXml(): string {
  return blad(kleineRijen().opgave.map((r, i) => rij(i + 1, r)));
}

/** `text` with `oud` replaced once; fails loudly when `oud` is not there (the kind would prove nothing). */
function vervang(text: string, oud: string, nieuw: string): string {
  if (!text.includes(oud)) throw new Error(`'${oud}' staat niet in het deel`);
  return text.replace(oud, () => nieuw);
}

/** The small workbook with its parts changed by `wijzig` (part → new text, given the zip). */
async function schrijf(map: string, wijzig: (z: JSZip, opgave: string) => Promise<void> | void): Promise<void> {
  const { dekking } = kleineRijen();
  const z = await JSZip.loadAsync(await xlsx({ Opgave: opgaveXml(), Dekking: blad(dekking.map((r, i) => rij(i + 1, r))) }));
  await wijzig(z, opgaveXml());
  writeFileSync(join(map, 'in.xlsx'), await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** A kind whose Opgave sheet is `maak(sheet XML)`; `totaalbeeld --json` unless other arguments are given. */
function bladSoort(
  naam: string,
  punt: number,
  maak: (xml: string) => string,
  verwacht: Soort['verwacht'],
  args = ['totaalbeeld', 'in.xlsx', '--json'],
  meer: Partial<Soort> = {},
): Soort {
  return {
    naam,
    punt,
    maak: async (map) => {
      await schrijf(map, (z, opgave) => void z.file(BLAD, maak(opgave)));
      return args;
    },
    verwacht,
    ...meer,
  };
}

const beschadigd = (deel: string, wat: string) =>
  new RegExp(`^nplv: 'in\\.xlsx': het bestand is beschadigd: in ${deel.replace(/[.[\]]/g, '\\$&')} ${wat}`);

/** After `herbereken -o uit.xlsx`: the output's Opgave sheet is well-formed XML (a conforming parser reads it), with `behoud` kept as written and E2 still 400. */
function uitvoerGoed(behoud: string) {
  return async (map: string) => {
    const z = await JSZip.loadAsync(readFileSync(join(map, 'uit.xlsx')));
    const xml = await z.file(BLAD)!.async('string');
    expect(xml).toContain(behoud);
    const cellen = orakelCellen(xml, []);
    expect(cellen.filter((c) => c.rij === 2 && c.kolom === 5).map((c) => c.waarde)).toEqual([400]);
  };
}

const SST =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>Nieuwbouw</t><si><t>Onderwijs</t></si></sst>';
const SST_REL =
  '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>';
const COMMENTAAR = '<!-- <c r="E2"><v>5400</v></c> <row r="9"><c r="E9"><v>999999</v></c></row> -->';

const SOORTEN: Soort[] = [
  // Item 1: a missing end tag ends the read at once.
  bladSoort('sheet-zonder-eind-c', 1, (x) => vervang(x, E2, '<c r="E2"><v>400</v>'), {
    exit: 2,
    stderr: beschadigd(BLAD, 'sluit <c> \\(regel 2\\) niet af: er staat </row>'),
  }),
  {
    naam: 'sharedstrings-zonder-eind-si',
    punt: 1,
    maak: async (map) => {
      await schrijf(map, async (z) => {
        z.file('xl/sharedStrings.xml', SST);
        z.file(
          'xl/_rels/workbook.xml.rels',
          vervang(await z.file('xl/_rels/workbook.xml.rels')!.async('string'), '</Relationships>', `${SST_REL}</Relationships>`),
        );
      });
      return ['totaalbeeld', 'in.xlsx'];
    },
    verwacht: { exit: 2, stderr: beschadigd('xl/sharedStrings.xml', 'sluit <si> \\(regel 2\\) niet af: er staat </sst> \\(regel 2\\)') },
  },
  {
    naam: 'workbook-zonder-eind-sheet',
    punt: 1,
    maak: async (map) => {
      await schrijf(
        map,
        async (z) =>
          void z.file('xl/workbook.xml', vervang(await z.file('xl/workbook.xml')!.async('string'), 'r:id="rId1"/>', 'r:id="rId1">')),
      );
      return ['herbereken', 'in.xlsx', '-o', 'uit.xlsx'];
    },
    verwacht: { exit: 2, stderr: beschadigd('xl/workbook.xml', 'sluit <sheet> \\(regel 2\\) niet af: er staat </sheets>') },
  },
  // Item 4: markup that is no element is no cell; the output is XML with the cells in their place.
  bladSoort('commentaar-met-cellen', 4, (x) => vervang(x, E2, COMMENTAAR + E2), { exit: 0, stdout: NIEUWBOUW_400 }),
  bladSoort('commentaar-herbereken', 4, (x) => vervang(x, E2, COMMENTAAR + E2), { exit: 0 }, ['herbereken', 'in.xlsx', '-o', 'uit.xlsx'], {
    na: uitvoerGoed(COMMENTAAR),
  }),
  bladSoort('cdata-met-cel', 4, (x) => vervang(x, E2, '<![CDATA[<c r="E2"><v>999999</v></c>]]><c r="E2"><v><![CDATA[400]]></v></c>'), {
    exit: 0,
    stdout: NIEUWBOUW_400,
  }),
  bladSoort('instructie-met-cel', 4, (x) => vervang(x, E2, '<?nplv <c r="E2"><v>5400</v></c>?>' + E2), { exit: 0, stdout: NIEUWBOUW_400 }),
  bladSoort(
    'verwijzingen-in-tekst',
    4,
    (x) => vervang(vervang(x, '<t>Nieuwbouw</t>', '<t>&#78;ieuw&#x62;ouw</t>'), '<v>400</v>', '<v>4&#48;0</v>'),
    { exit: 0, stdout: NIEUWBOUW_400 },
  ),
  bladSoort(
    'dtd-entiteit',
    4,
    (x) => vervang(vervang(x, '?>\n', '?>\n<!DOCTYPE worksheet [<!ENTITY n "999999">]>'), '<v>400</v>', '<v>&n;</v>'),
    { exit: 2, stderr: beschadigd(BLAD, 'staat een DTD') },
  ),
  bladSoort('spaties-om-is', 4, (x) => vervang(x, E2, '<c r = "E2"><v>400</v></c>'), { exit: 0, stdout: NIEUWBOUW_400 }),
  bladSoort(
    'spaties-om-is-herbereken',
    4,
    (x) => vervang(x, E2, "<c r = 'E2' ><v>400</v></c>"),
    { exit: 0 },
    ['herbereken', 'in.xlsx', '-o', 'uit.xlsx'],
    { na: uitvoerGoed("<c r = 'E2' >") },
  ),
  bladSoort('getal-hex', 4, (x) => vervang(x, '<v>400</v>', '<v>0x1A</v>'), {
    exit: 2,
    stderr: beschadigd(BLAD, 'is <v>0x1A</v> van cel E2 geen getal'),
  }),
  bladSoort('getal-komma', 4, (x) => vervang(x, '<v>400</v>', '<v>1,5</v>'), {
    exit: 2,
    stderr: beschadigd(BLAD, 'is <v>1,5</v> van cel E2 geen getal'),
  }),
  bladSoort('getal-leeg', 4, (x) => vervang(x, '<v>400</v>', '<v></v>'), {
    exit: 2,
    stderr: beschadigd(BLAD, 'is <v></v> van cel E2 geen getal'),
  }),
  // Item 8: a part cut short or no XML at all is a damaged file, not a workbook without a header.
  bladSoort('deel-afgebroken', 8, (x) => x.slice(0, Math.floor(x.length / 2)), { exit: 2, stderr: beschadigd(BLAD, '') }),
  bladSoort('deel-geen-xml', 8, () => 'Dit is geen XML, maar een tekst die in het zip-bestand is beland.', {
    exit: 2,
    stderr: beschadigd(BLAD, 'is geen XML: er staat tekst vóór het eerste element \\(regel 1\\)'),
  }),
  bladSoort('deel-leeg', 8, () => '', { exit: 2, stderr: beschadigd(BLAD, 'staat geen XML-element') }),
  // Item 2: references outside Excel's grid are a damaged part, read in no time.
  bladSoort('rij-2000000000', 2, (x) => vervang(x, '<row r="2">', '<row r="2000000000">'), {
    exit: 2,
    stderr: beschadigd(BLAD, 'is rij r="2000000000" geen rijnummer van 1 tot 1.048.576'),
  }),
  bladSoort('col-min-negatief', 2, (x) => vervang(x, '<sheetData>', '<cols><col min="-50000000" max="3" width="12"/></cols><sheetData>'), {
    exit: 2,
    stderr: beschadigd(BLAD, 'is <col min="-50000000" max="3"> geen reeks kolommen'),
  }),
  bladSoort('cel-na-xfd', 2, (x) => vervang(x, E2, '<c r="XFE2"><v>400</v></c>'), {
    exit: 2,
    stderr: beschadigd(BLAD, 'ligt cel r="XFE2" buiten het werkblad van Excel'),
  }),
];

/** Every kind; a damaged file's message ends in what to do. */
export const XML_SOORTEN: Soort[] = SOORTEN.map((s) =>
  s.verwacht.exit === 2
    ? { ...s, verwacht: { ...s.verwacht, stderr: new RegExp(`${s.verwacht.stderr!.source}[^]*${OPNIEUW.source}`) } }
    : s,
);
