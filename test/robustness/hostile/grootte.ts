import { existsSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseA1 } from '../../../src/sheet/address';
import { MAX_CELLEN, MAX_RIJEN } from '../../../src/workbook/read/celLimiet';
import { blad, cel, kleineRijen, rij, xlsx, type Waarde } from './grootteBestanden';
import type { Soort, Uitkomst } from './soort';

/**
 * Sizes (issue 13, items 2, 3, 6 and 7): sparse sheets whose used range is billions of cells,
 * a workbook past the bound of cells read, texts longer than a cell, a value in the last
 * column, sums beyond Excel's largest number and beyond a double — through the process, both
 * commands alike. The expected messages follow from the small workbook's layout (see
 * test/robustness/corpus/grootte.ts, which runs the same workbooks on every adapter).
 */

type Cellen = Record<string, Waarde>;

/** The small workbook with cells added to Opgave (`{ XFD1048576: 'notitie' }`), written as in.xlsx; `extra` rows of XML after them. */
async function werkmap(map: string, opgave: Cellen = {}, extra: string[] = []): Promise<string> {
  const k = kleineRijen();
  const rijen = new Map<number, Map<number, Waarde>>();
  const zet = (r: number, kolom: number, v: Waarde) => rijen.set(r, (rijen.get(r) ?? new Map<number, Waarde>()).set(kolom, v));
  k.opgave.forEach((waarden, i) => waarden.forEach((v, c) => v !== null && zet(i + 1, c + 1, v)));
  for (const [adres, v] of Object.entries(opgave)) {
    const { row, column } = parseA1(adres)!;
    zet(row, column, v);
  }
  const xml = [...rijen]
    .sort(([a], [b]) => a - b)
    .map(
      ([r, cellen]) =>
        `<row r="${r}">${[...cellen]
          .sort(([a], [b]) => a - b)
          .map(([c, v]) => cel(r, c, v))
          .join('')}</row>`,
    );
  writeFileSync(
    join(map, 'in.xlsx'),
    await xlsx({ Opgave: blad([...xml, ...extra]), Dekking: blad(k.dekking.map((w, i) => rij(i + 1, w))) }),
  );
  return 'in.xlsx';
}

const TB = "'NPLV Totaalbeeld'";
const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\']/g, '\\$&');
const VOORBIJ_XFD = 'fout Opgave!XFD1: de berekende kolommen komen 7 kolommen voorbij XFD, de laatste kolom van Excel';
const tekstTeLang = (cel: string, lengte: string) =>
  `fout ${TB}!${cel}: de tekst voor deze cel wordt ${lengte} tekens lang, langer dan een cel van Excel bevat (32.767)`;
const teGroot = `fout ${TB}!B5: de uitkomst is groter dan Excel kan bevatten (9,99999999999999E+307)`;

/** Nothing written: the folder holds the input only. */
const nietsGeschreven = (map: string) => expect(readdirSync(map)).toEqual(['in.xlsx']);

/** `--json` on a workbook with errors: valid JSON, no periods, the errors as meldingen (CLI.md). */
function geldigeJsonMetFout(bericht: string) {
  return (map: string, run: Uitkomst) => {
    nietsGeschreven(map);
    const json = JSON.parse(run.stdout) as {
      perioden: unknown[];
      meldingen: { ernst: string; blad: string; cel: string; bericht: string }[];
    };
    expect(json.perioden).toEqual([]);
    expect(
      json.meldingen.map((m) => `${m.ernst} ${m.blad === 'NPLV Totaalbeeld' ? TB : m.blad}!${m.cel}: ${m.bericht}`).join('\n'),
    ).toContain(bericht);
    expect(run.stdout).not.toMatch(/null|Infinity|NaN/);
  };
}

/** The kind run by `herbereken`, by `totaalbeeld` and by `totaalbeeld --json`, all three to the same error (exit 1, nothing written). */
function beideOpdrachten(
  naam: string,
  punt: number,
  maak: (map: string) => Promise<string>,
  fout: string,
  grens?: Soort['grens'],
): Soort[] {
  const stderr = new RegExp(`^${esc(fout)}`, 'm');
  return [
    {
      naam: `${naam}-herbereken`,
      punt,
      maak: async (m) => ['herbereken', await maak(m), '-o', 'uit.xlsx'],
      verwacht: { exit: 1, stderr },
      grens,
      na: nietsGeschreven,
    },
    {
      naam: `${naam}-totaalbeeld`,
      punt,
      maak: async (m) => ['totaalbeeld', await maak(m)],
      verwacht: { exit: 1, stderr },
      grens,
      na: nietsGeschreven,
    },
    {
      naam: `${naam}-json`,
      punt,
      maak: async (m) => ['totaalbeeld', await maak(m), '--json'],
      verwacht: { exit: 1, stderr },
      grens,
      na: geldigeJsonMetFout(fout),
    },
  ];
}

// Bounds of CPU time (runner.ts) and memory.
const KLEIN = { ms: 3_000, mb: 200 };
// A used range of a million rows: reading it walks every row once.
const MILJOEN_RIJEN = { ms: 5_000, mb: 200 };
// Past a bound: the input is unpacked and its tags counted, nothing more.
const GRENS = { ms: 5_000, mb: 250 };

// Rows of 16.384 cells without a value (`<c/>`, legal: each follows the one before) after the table's 13 cells, past the bound.
const VULRIJEN = Math.ceil(MAX_CELLEN / 16_384);
const CELLEN = 13 + VULRIJEN * 16_384;

export const GROOTTE: Soort[] = [
  ...beideOpdrachten('waarde-in-xfd1048576', 2, (m) => werkmap(m, { XFD1048576: 'notitie' }), VOORBIJ_XFD, MILJOEN_RIJEN),
  {
    naam: 'waarde-in-z1048576',
    punt: 2,
    maak: async (m) => ['herbereken', await werkmap(m, { Z1048576: 'notitie' }), '-o', 'uit.xlsx'],
    verwacht: { exit: 0, stdout: /Geschreven: uit\.xlsx/ },
    grens: MILJOEN_RIJEN,
    na: (map) => expect(existsSync(join(map, 'uit.xlsx'))).toBe(true),
  },
  {
    naam: 'waarde-in-z1048576-totaalbeeld',
    punt: 2,
    maak: async (m) => ['totaalbeeld', await werkmap(m, { Z1048576: 'notitie' }), '--json'],
    verwacht: { exit: 0, stdout: /"opgave": 600,/ },
    grens: MILJOEN_RIJEN,
  },
  {
    naam: 'meer-cellen-dan-de-grens',
    punt: 3,
    maak: async (m) => {
      const vul = `<c/>`.repeat(16_384);
      const extra = Array.from({ length: VULRIJEN }, (_, i) => `<row r="${10 + i}">${vul}</row>`);
      return ['totaalbeeld', await werkmap(m, {}, extra)];
    },
    verwacht: {
      exit: 2,
      stderr: new RegExp(
        `^nplv: 'in\\.xlsx': blad 'Opgave' telt ${esc(CELLEN.toLocaleString('nl-NL'))} cellen met een waarde of opmaak(?: \\(de bladen ervoor samen \\d+\\))?; er worden hoogstens ${esc(MAX_CELLEN.toLocaleString('nl-NL'))} cellen per werkmap gelezen`,
        'm',
      ),
    },
    grens: GRENS,
    na: nietsGeschreven,
  },
  {
    naam: 'meer-rijen-dan-de-grens',
    punt: 3,
    // One cell without a value in each row after the table's three rows, until the rows pass the bound.
    maak: async (m) => [
      'herbereken',
      await werkmap(
        m,
        {},
        Array.from({ length: MAX_RIJEN - 2 }, (_, i) => `<row r="${10 + i}"><c/></row>`),
      ),
      '-o',
      'uit.xlsx',
    ],
    verwacht: {
      exit: 2,
      stderr: new RegExp(
        `^nplv: 'in\\.xlsx': blad 'Opgave' telt ${esc((MAX_RIJEN + 1).toLocaleString('nl-NL'))} rijen met cellen(?: \\(de bladen ervoor samen \\d+\\))?; er worden hoogstens ${esc(MAX_RIJEN.toLocaleString('nl-NL'))} rijen per werkmap gelezen`,
        'm',
      ),
    },
    grens: GRENS,
    na: nietsGeschreven,
  },
  ...beideOpdrachten('waarde-in-kolom-xfd', 6, (m) => werkmap(m, { XFD2: 'notitie' }), VOORBIJ_XFD, KLEIN),
  // A gebied's row under its onderdeel on the Totaalbeeld is indented by 4 spaces (issue 16), in A24.
  ...beideOpdrachten('gebied-van-32764-tekens', 6, (m) => werkmap(m, { D2: 'Oost'.repeat(8191) }), tekstTeLang('A24', '32.768'), KLEIN),
  // A gebied as long as a cell holds: 4 + 32.767 characters.
  ...beideOpdrachten(
    'gebied-van-32767-tekens',
    6,
    (m) => werkmap(m, { D2: 'West'.repeat(8192).slice(0, 32_767) }),
    tekstTeLang('A24', '32.771'),
    KLEIN,
  ),
  ...beideOpdrachten('som-voorbij-excel', 7, (m) => werkmap(m, { B3: 'Fysiek', C3: 'Nieuwbouw', E2: 6e307, E3: 6e307 }), teGroot, KLEIN),
  ...beideOpdrachten(
    'som-voorbij-een-double',
    7,
    (m) => werkmap(m, { B3: 'Fysiek', C3: 'Nieuwbouw', E2: 9e307, E3: 9e307 }),
    teGroot,
    KLEIN,
  ),
];
