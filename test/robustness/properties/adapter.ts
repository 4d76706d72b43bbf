import type { WorkbookPort } from '../../../src/workbook/port';
import type { Kenmerken } from './celwaarden';
import type { Snapshot } from './snapshot';
import type { Werkmap } from './werkmap';

/** One workbook adapter under the properties: how to make a workbook with it, store it, and see all of it. */
export interface Adapter {
  naam: string;
  kenmerken: Kenmerken;
  maak(w: Werkmap): Promise<WorkbookPort>;
  /** The workbook as stored: the .xlsx one saved and opened again, the memory one itself, Office a new adapter over the same Excel. */
  heropen(port: WorkbookPort): Promise<WorkbookPort>;
  /** Everything the workbook holds, read from the adapter's own store (not through the port's reads). */
  snapshot(port: WorkbookPort): Promise<Snapshot>;
}
