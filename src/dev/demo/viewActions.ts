import { typedEntry } from './typedEntry';
import type { ExcelRun } from '../../workbook';

/**
 * What the analyst does in the sheet view, done through the Excel API as Excel's own grid would:
 * so the pane, reading through the same API, sees exactly that.
 */
export function viewActions(run: ExcelRun) {
  const sheet = (context: Excel.RequestContext, name: string) => context.workbook.worksheets.getItem(name);
  return {
    activate: (name: string) => run(async (context) => sheet(context, name).activate()),
    select: (name: string, cell: string) => run(async (context) => sheet(context, name).getRange(cell).select()),
    /** Shows or hides the rows of an outline group, as its +/− button in Excel. */
    toggleGroup: (name: string, top: number, bottom: number, show: boolean) =>
      run(async (context) => {
        const rows = sheet(context, name).getRange(`${top}:${bottom}`);
        if (show) rows.showGroupDetails('ByRows');
        else rows.hideGroupDetails('ByRows');
      }),
    /** Puts typed text into a cell, as Dutch Excel reads it (typedEntry). */
    type: (name: string, cell: string, typed: string) =>
      run(async (context) => {
        sheet(context, name).getRange(cell).values = [[typedEntry(typed)]];
      }),
  };
}

export type ViewActions = ReturnType<typeof viewActions>;
