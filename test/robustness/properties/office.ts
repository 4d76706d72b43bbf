import { FakeExcel, STANDARD_WIDTH } from '../../../src/dev/fakeExcel';
import { parseA1 } from '../../../src/sheet/address';
import { toPoints } from '../../../src/workbook/adapters/office/cells';
import { OfficeWorkbook } from '../../../src/workbook/adapters/office/officeWorkbook';
import type { WorkbookPort } from '../../../src/workbook/port';
import type { Adapter } from './adapter';
import { sheetInit } from './geheugen';
import { maakSnapshot } from './snapshot';

const excels = new WeakMap<WorkbookPort, FakeExcel>();

function open(fake: FakeExcel): WorkbookPort {
  const port = new OfficeWorkbook(fake.run);
  excels.set(port, fake);
  return port;
}

/** Lets the in-memory Excel calculate once, as Excel has before an add-in sees the workbook: a write that changes nothing. */
async function bereken(fake: FakeExcel): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(fake.sheetNames()[0]).getRange('A1').numberFormat = [[null as unknown as string]];
    await context.sync();
  });
}

/** Columns a snapshot looks at for widths of their own, beyond the last cell. */
const MARGE = 30;

/** The Office.js adapter over the in-memory Excel of src/fakeExcel (widths in points, formulas of arithmetic recomputed). */
export const office: Adapter = {
  naam: 'Office.js (in-memory Excel)',
  kenmerken: { nietEindig: false, legeTekst: false, fouttekstInEigen: false, elkeFormuleInEigen: false, formuleZonderWaarde: false },
  maak: async (w) => {
    const fake = new FakeExcel(Object.fromEntries(w.bladen.map((b) => [b.name, sheetInit(b, toPoints)])));
    await bereken(fake);
    return open(fake);
  },
  heropen: async (port) => open(excels.get(port)!),
  snapshot: async (port) => {
    const fake = excels.get(port)!;
    return maakSnapshot(
      fake.sheetNames().map((naam) => {
        const cellen = [...fake.cells(naam)].map(([adres, cel]) => [parseA1(adres)!.row, parseA1(adres)!.column, cel] as const);
        const breed = Math.max(0, ...cellen.map(([, kolom]) => kolom)) + MARGE;
        const breedtes = Array.from({ length: breed }, (_, i) => fake.columnWidth(naam, i + 1)).map((w) =>
          w === STANDARD_WIDTH ? null : w,
        );
        return { naam, cellen, breedtes, grafieken: fake.charts(naam) };
      }),
    );
  },
};
