import type { ExcelRun } from '../workbook/officeWorkbook';
import { leesAdres, type SelectieVolger } from './selectie';

/**
 * The selection in Excel: `workbook.onSelectionChanged` (its event says only that it changed),
 * then one `Excel.run` with one sync reads `getSelectedRange().address`. Stopping removes the
 * handler. A handler that finds the workbook busy or closed reports nothing.
 */
export function officeSelectie(run: ExcelRun): SelectieVolger {
  return async (gekozen) => {
    const lees = async () => {
      const adres = await run(async (context) => {
        const range = context.workbook.getSelectedRange().load('address');
        await context.sync();
        return range.address;
      });
      const selectie = leesAdres(adres);
      if (selectie) gekozen(selectie);
    };
    const opVerandering = () => lees().catch(() => undefined);
    const registratie = await run(async (context) => {
      const handler = context.workbook.onSelectionChanged.add(opVerandering);
      await context.sync();
      return handler;
    });
    await opVerandering();
    return async () => {
      registratie.remove();
      await registratie.context.sync();
    };
  };
}
