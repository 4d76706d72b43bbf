import type { ExcelRun } from '../adapters/office/officeWorkbook';
import type { StapResultaat } from './meten';

/** Excel's calculation mode, as the listing reads it before every recalculation (manual: calculate first). */
export async function berekeningsmodus(run: ExcelRun): Promise<StapResultaat> {
  const modus = await run(async (context) => {
    const application = context.workbook.application.load('calculationMode');
    await context.sync();
    return application.calculationMode;
  });
  return { uitkomst: { soort: 'ok', details: String(modus) } };
}

/**
 * What the pane does to follow the selection (its Uitleg): read the selected range's address,
 * add a handler to `onSelectionChanged` and remove it again in the same request context. The
 * selection itself is left as it is.
 */
export async function selectie(run: ExcelRun): Promise<StapResultaat> {
  const adres = await run(async (context) => {
    const range = context.workbook.getSelectedRange().load('address');
    const handler = context.workbook.onSelectionChanged.add(async () => undefined);
    await context.sync();
    handler.remove();
    await context.sync();
    return range.address;
  });
  return { uitkomst: { soort: 'ok', details: `selectie ${adres}; gebeurtenis aangemeld en weer afgemeld` } };
}
