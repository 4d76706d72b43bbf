import type { ExcelRun } from '../adapters/office/officeWorkbook';
import type { StapUitkomst, ZelftestStap } from './types';

/** An `Excel.run` that counts the `context.sync()` calls of its batches. */
export interface TellendeRun {
  run: ExcelRun;
  readonly syncs: number;
}

export function tellendeRun(run: ExcelRun): TellendeRun {
  let syncs = 0;
  const tellend: ExcelRun = (batch) =>
    run((context) => {
      const sync = context.sync.bind(context);
      // Every sync the batch makes, through this context (an own property over the prototype's method).
      context.sync = <T>(value?: T) => {
        syncs += 1;
        return sync(value);
      };
      return batch(context);
    });
  return {
    run: tellend,
    get syncs() {
      return syncs;
    },
  };
}

/** What Office's errors carry (OfficeExtension.Error): a code, a message and where it failed. */
interface OfficeFout {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

/** An error thrown by Excel (or anything else) as the step's outcome: code, message, place. */
export function foutUitkomst(e: unknown): StapUitkomst {
  const fout = (typeof e === 'object' && e !== null ? e : {}) as OfficeFout;
  const code = typeof fout.code === 'string' && fout.code !== '' ? fout.code : e instanceof Error ? e.name : 'Fout';
  const bericht = typeof fout.message === 'string' ? fout.message : String(e);
  const plaats = fout.debugInfo?.errorLocation;
  return { soort: 'fout', code, bericht, ...(typeof plaats === 'string' && plaats !== '' && { plaats }) };
}

/** What a step's body gives: ok (with details), or a deviation, and the checks inside it. */
export type StapResultaat = { uitkomst?: StapUitkomst; onderdelen?: ZelftestStap['onderdelen'] } | void;

/**
 * Runs one step: its outcome, the syncs it made on `teller` and its time. A step the host
 * does not support (`vereist` as `ExcelApi 1.12`, checked with `ondersteund`) is not run; an
 * error is its outcome, never thrown on.
 */
export async function voerUit(
  naam: string,
  vereist: string,
  ondersteund: (set: string) => boolean,
  teller: TellendeRun,
  body: () => Promise<StapResultaat>,
): Promise<ZelftestStap> {
  if (!ondersteund(vereist)) return { naam, vereist, uitkomst: { soort: 'niet ondersteund', vereist }, syncs: 0, ms: 0 };
  const [syncs, start] = [teller.syncs, Date.now()];
  let uit: StapResultaat;
  try {
    uit = await body();
  } catch (e) {
    uit = { uitkomst: foutUitkomst(e) };
  }
  const onderdelen = uit?.onderdelen;
  const mis = (onderdelen ?? []).filter((o) => o.uitkomst.soort !== 'ok');
  const samen = `${mis.length} van ${onderdelen?.length} niet ok: ${mis.map((o) => o.naam).join(', ')}`;
  const uitkomst: StapUitkomst = uit?.uitkomst ?? (mis.length > 0 ? { soort: 'afwijking', verschillen: [samen] } : { soort: 'ok' });
  return { naam, vereist, uitkomst, syncs: teller.syncs - syncs, ms: Date.now() - start, ...(onderdelen && { onderdelen }) };
}
