import { join } from 'path';
import * as previousContent from '../../../src/workbook/write/previousContent';
import { MemoryWorkbook, herberekenWerkmap, type WorkbookPort } from '../../../src/workbook';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { nplv, tempDir } from '../cli/run';

/**
 * Issue 15: the command line never undoes, so it plans no undo (undo: false); the pane's call
 * (the default) still gets the undo that restores what the run overwrote. Both write the same.
 */

const NU = new Date(Date.UTC(2026, 0, 15, 9, 30));
const voorbeeld = () =>
  new MemoryWorkbook(Object.fromEntries(Object.entries(voorbeeldWerkmap()).map(([name, values]) => [name, { values }])));

async function inhoud(port: WorkbookPort) {
  const namen = await port.sheetNames();
  return (await port.readSheets(namen)).map((g) => [g.name, g.values, g.formulas, g.numberFormats]);
}

afterEach(() => jest.restoreAllMocks());

it('nplv herbereken makes the undo of no block it writes', async () => {
  const dir = tempDir();
  const [invoer, uitvoer] = [join(dir, 'voorbeeld.xlsx'), join(dir, 'uit.xlsx')];
  expect((await nplv('voorbeeld', invoer)).code).toBe(0);
  const undo = jest.spyOn(previousContent, 'previousBlock');
  expect((await nplv('herbereken', invoer, '-o', uitvoer)).code).toBe(0);
  expect(undo).not.toHaveBeenCalled();
});

it('herberekenWerkmap: by default an undo that restores the workbook; with undo: false none, and the same cells written', async () => {
  const undo = jest.spyOn(previousContent, 'previousBlock');
  const [met, zonder] = [voorbeeld(), voorbeeld()];
  const voor = await inhoud(met);
  const metUndo = await herberekenWerkmap(met, { nu: NU });
  expect(undo).toHaveBeenCalled();
  undo.mockClear();
  const zonderUndo = await herberekenWerkmap(zonder, { nu: NU, undo: false });
  expect(undo).not.toHaveBeenCalled();
  expect([metUndo.ok, zonderUndo.ok, 'undo' in zonderUndo]).toEqual([true, true, false]);
  expect(await inhoud(zonder)).toEqual(await inhoud(met));
  if (!metUndo.ok) return;
  await met.apply(metUndo.undo);
  expect(await inhoud(met)).toEqual(voor);
});
