/** `Excel.run(context, batch)`: a batch in the request context of an earlier one. */
export type ExcelRunIn = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;
import { leesAdres, type SelectieVolger } from '../state/selectie';
import type { ExcelRun } from '../../workbook';

/**
 * The selection in Excel: `workbook.onSelectionChanged` (its event says only that it changed),
 * then one `Excel.run` with one sync reads `getSelectedRange().address`. Stopping removes the
 * handler in the request context it was added in (`Excel.run(context, …)`), as Office.js
 * requires. A handler that finds the workbook busy or closed reports nothing.
 */
export function officeSelectie(run: ExcelRun, runIn: ExcelRunIn): SelectieVolger {
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
    return () =>
      runIn(registratie.context, async (context) => {
        registratie.remove();
        await context.sync();
      });
  };
}
