import type { Melding } from '../../src/engine';
import { meldingLine } from '../../src/cli/report';
import { matchKey } from '../../src/workbook/read/matchKey';
import type { WorkbookPort } from '../../src/workbook/port';
import { herberekenWerkmap, type HerberekenUitkomst } from '../../src/workbook/herbereken';
import { changedCells, snapshot, type Snapshot } from '../contract/snapshot';
import { eenheid, ownedCells, ownedHeaders, totaleOpgave, values } from './cellen';
import { groteGevallen, itGroot } from '../support/groteGevallen';
import { CORPUS } from './corpus';
import type { Fouten, Geweigerd, Goed } from './geval';
import type { RobustHarness } from './harnesses';
import { DEKKING_KOPPEN, OPGAVE_KOPPEN } from './werkmap';

const NU = new Date(2026, 10, 22, 14, 32);
const TOTAALBEELD = 'NPLV Totaalbeeld';
/** How a rebuilt Totaalbeeld starts (`nu` as shown). */
const TITEL = 'NPLV Totaalbeeld — berekend 22-11-2026 14:32 uit ';
/** The 1,000,000-row kind builds a million cells per adapter. */
const TIMEOUT = 30_000;

const lines = (meldingen: readonly Melding[]) => meldingen.map(meldingLine).sort();
const isTotaalbeeld = (sheet: string) => matchKey(sheet) === matchKey(TOTAALBEELD);

/** What a good run wrote, in the shape of `Goed`. */
function seen(g: Goed, uitkomst: HerberekenUitkomst, before: Snapshot, after: Snapshot) {
  const owned = ownedCells(g);
  const rows = (rijen: object, read: (rij: number) => unknown) => Object.fromEntries(Object.keys(rijen).map((r) => [r, read(Number(r))]));
  return {
    ok: uitkomst.ok,
    meldingen: lines(uitkomst.meldingen),
    opgaveKoppen: values(after, g.opgaveBlad, g.opgaveKolom, g.opgaveKop, OPGAVE_KOPPEN.length),
    opgaveRijen: rows(g.opgaveRijen, (r) => values(after, g.opgaveBlad, g.opgaveKolom, r, OPGAVE_KOPPEN.length)),
    dekkingKoppen: values(after, g.dekkingBlad, g.dekkingKolom, g.dekkingKop, DEKKING_KOPPEN.length),
    dekkingRijen: rows(g.dekkingRijen, (r) => values(after, g.dekkingBlad, g.dekkingKolom, r, 1)[0]),
    elders: changedCells(before.cells, after.cells).filter((c) => !owned.has(c) && !c.startsWith(`${g.totaalbeeld}!`)),
    bladen: after.sheets,
    titel: String(after.cells.get(`${g.totaalbeeld}!A1`)?.value ?? '').slice(0, TITEL.length),
    totaleOpgave: totaleOpgave(after, g.totaalbeeld),
    overgebleven: g.totaalbeeldLeeg.filter((c) => after.cells.has(`${g.totaalbeeld}!${c}`)),
    veranderd: g.totaalbeeldBlijft.filter(
      (c) => !before.cells.has(`${g.totaalbeeld}!${c}`) || changedCells(before.cells, after.cells).includes(`${g.totaalbeeld}!${c}`),
    ),
    eenheid: eenheid(after, g),
  };
}

function expected(g: Goed, before: Snapshot): ReturnType<typeof seen> {
  const bladen = before.sheets.some(isTotaalbeeld) ? before.sheets : [...before.sheets, TOTAALBEELD];
  return {
    ok: true,
    meldingen: [...g.meldingen].sort(),
    opgaveKoppen: OPGAVE_KOPPEN,
    opgaveRijen: g.opgaveRijen,
    dekkingKoppen: DEKKING_KOPPEN,
    dekkingRijen: g.dekkingRijen,
    elders: [],
    bladen,
    titel: TITEL,
    totaleOpgave: g.totaleOpgave,
    overgebleven: [],
    veranderd: [],
    eenheid: {
      regel: `Bedragen in ${g.eenheid}`,
      notaties: [g.opgaveRijen, g.dekkingRijen].map((rijen) => (Object.keys(rijen).length > 0 ? g.getalnotatie : null)),
    },
  };
}

function expectNothingWritten(f: Fouten, uitkomst: HerberekenUitkomst, before: Snapshot, after: Snapshot, apply: jest.SpyInstance) {
  expect({ ok: uitkomst.ok, fouten: lines(uitkomst.meldingen) }).toEqual({ ok: false, fouten: [...f.fouten].sort() });
  expect(apply).not.toHaveBeenCalled();
  expect(after.sheets).toEqual(before.sheets);
  expect(after.sheets.filter(isTotaalbeeld)).toEqual(before.sheets.filter(isTotaalbeeld));
  expect(ownedHeaders(after)).toEqual(ownedHeaders(before));
  expect(changedCells(before.cells, after.cells)).toEqual([]);
}

/** An adapter that refuses the workbook throws its message, Dutch, and writes nothing (a snapshot would be refused too). */
async function expectRefused(g: Geweigerd, port: WorkbookPort) {
  const apply = jest.spyOn(port, 'apply');
  const { gegooid } = await run(port);
  expect(String((gegooid as Error | undefined)?.message)).toMatch(g.geweigerd);
  expect(apply).not.toHaveBeenCalled();
}

/** Runs `herberekenWerkmap`, returning its outcome or what it threw (it must never throw on a workbook). */
async function run(port: WorkbookPort): Promise<{ uitkomst?: HerberekenUitkomst; gegooid?: unknown }> {
  try {
    return { uitkomst: await herberekenWerkmap(port, { nu: NU }) };
  } catch (gegooid) {
    return { gegooid };
  }
}

/** The corpus (corpus/) against one adapter: each kind gets the outcome WORKBOOK.md and MODEL.md give it. */
export function robustness(harness: RobustHarness): void {
  // The large kinds run in `npm test`; `npm run test:unit` leaves them out and says so.
  const klein = groteGevallen ? CORPUS : CORPUS.filter((g) => !g.groot);
  itGroot('runs the large kinds too', () => expect(klein.filter((g) => g.groot).length).toBe(3));
  it.each(klein)(
    '$soort',
    async ({ werkmap, verwacht: overal, verwachtOp }) => {
      const verwacht = verwachtOp?.[harness.naam] ?? overal;
      const port = await harness.create(werkmap);
      if ('geweigerd' in verwacht) return expectRefused(verwacht, port);
      const before = await snapshot(port);
      const apply = jest.spyOn(port, 'apply');
      const { uitkomst, gegooid } = await run(port);
      expect(gegooid).toBeUndefined();
      const after = await snapshot(await harness.reopen(port));
      if ('fouten' in verwacht) expectNothingWritten(verwacht, uitkomst!, before, after, apply);
      else {
        expect(seen(verwacht, uitkomst!, before, after)).toEqual(expected(verwacht, before));
        expect(apply).toHaveBeenCalledTimes(1);
      }
    },
    TIMEOUT,
  );
}
