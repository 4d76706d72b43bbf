import type { Melding } from '../engine';
import { findSheet } from '../workbook/findSheet';
import { periodenBlad, verdeelsleutelsBlad } from '../workbook/keySheets';
import type { SheetContent, WorkbookPort } from '../workbook/port';
import { herbereken, ongedaanMaken } from '../workbook/recalculate';
import { DEKKING, OPGAVE, PERIODEN, VERDEELSLEUTELS } from '../workbook/sheetDefs';
import { voorbeeldBladen } from '../voorbeeld/werkmap';
import type { PaneStore } from './store';

/** What the pane's actions work on: the workbook, the shared state and a clock (tests fix it). */
export interface PaneEnv {
  port: WorkbookPort;
  store: PaneStore;
  nu: () => Date;
}

const reden = (e: unknown) => (e instanceof Error ? e.message : String(e));

const fout = (env: PaneEnv, wat: string, e: unknown) =>
  env.store.dispatch({ type: 'bericht', bericht: { soort: 'fout', tekst: `${wat} is mislukt: ${reden(e)}` } });

export type RunUitkomst = 'berekend' | 'fouten' | 'mislukt' | 'al bezig';

/**
 * Herbereken (pane button and ribbon command): reads, computes and writes through the port,
 * and puts the outcome in the store. Never throws; a failure of the workbook becomes a notice.
 */
export async function recalculate(env: PaneEnv): Promise<RunUitkomst> {
  const { port, store } = env;
  if (store.getState().bezig) return 'al bezig';
  store.dispatch({ type: 'gestart' });
  try {
    const tijd = env.nu();
    const uitkomst = await herbereken(port, { nu: tijd });
    if (!uitkomst.ok) {
      store.dispatch({ type: 'afgekeurd', meldingen: uitkomst.meldingen });
      return 'fouten';
    }
    const { resultaat, invoer, meldingen, undo } = uitkomst;
    const berekening = {
      soort: 'berekend' as const,
      tijd,
      resultaat,
      meldingen,
      opgaveregels: invoer.opgave.length,
      dekkingsregels: invoer.dekking.length,
    };
    store.dispatch({ type: 'berekend', berekening, undo });
    return 'berekend';
  } catch (e) {
    fout(env, 'Herbereken', e);
    return 'mislukt';
  }
}

/** Ongedaan maken: puts back exactly what the last run overwrote. */
export async function undoLastRun(env: PaneEnv): Promise<void> {
  const { store } = env;
  const { undo, bezig } = store.getState();
  if (!undo || bezig) return;
  store.dispatch({ type: 'gestart' });
  try {
    await ongedaanMaken(env.port, undo);
    store.dispatch({ type: 'ongedaan', tijd: env.nu() });
  } catch (e) {
    fout(env, 'Ongedaan maken', e);
  }
}

const gelukt = (env: PaneEnv, tekst: string) => env.store.dispatch({ type: 'bericht', bericht: { soort: 'gelukt', tekst } });
const info = (env: PaneEnv, tekst: string) => env.store.dispatch({ type: 'bericht', bericht: { soort: 'info', tekst } });

// Adds sheets, then shows the first one to the analyst.
async function addSheets(env: PaneEnv, sheets: SheetContent[]) {
  await env.port.apply({ sheets, writes: [], deleteSheets: [] });
  await env.port.select(sheets[0].name, 'A1');
}

/** Voorbeeld invoegen: the example's Opgave and Dekking sheets, only into a workbook with neither. */
export async function insertExample(env: PaneEnv): Promise<void> {
  try {
    const namen = await env.port.sheetNames();
    const aanwezig = [OPGAVE, DEKKING].map((def) => findSheet(namen, def.namen)).filter((n) => n !== undefined);
    if (aanwezig.length > 0) {
      const bladen = aanwezig.map((n) => `'${n}'`).join(' en ');
      return info(
        env,
        `Voorbeeld niet ingevoegd: de werkmap heeft al ${aanwezig.length === 1 ? 'een blad' : 'de bladen'} ${bladen}. Het voorbeeld gaat alleen in een werkmap zonder Opgave en Dekking, zodat er niets van u wordt overschreven.`,
      );
    }
    await addSheets(env, voorbeeldBladen());
    gelukt(env, 'Voorbeeld ingevoegd: de bladen Opgave en Dekking met de invoer van het rapport. Klik op Herbereken.');
  } catch (e) {
    fout(env, 'Voorbeeld invoegen', e);
  }
}

export type Sleutelblad = 'verdeelsleutels' | 'perioden';

/**
 * Verdeelsleutels- / Perioden-blad toevoegen: the sheet pre-filled with what is in force
 * (the last result's, else the defaults), only when the workbook has no such sheet yet.
 */
export async function addKeySheet(env: PaneEnv, soort: Sleutelblad): Promise<void> {
  const def = soort === 'verdeelsleutels' ? VERDEELSLEUTELS : PERIODEN;
  try {
    const bestaand = findSheet(await env.port.sheetNames(), def.namen);
    if (bestaand !== undefined) {
      return info(env, `De werkmap heeft al een blad '${bestaand}': Herbereken leest de ${soort} daaruit. Pas ze daar aan.`);
    }
    const laatste = env.store.getState().laatste;
    const resultaat = laatste?.soort === 'berekend' ? laatste.resultaat : undefined;
    const blad = soort === 'verdeelsleutels' ? verdeelsleutelsBlad(resultaat?.sleutels) : periodenBlad(resultaat?.periodenInGebruik);
    await addSheets(env, [blad]);
    gelukt(env, `Blad '${blad.name}' toegevoegd met de ${soort} die nu gelden. Pas ze aan en klik op Herbereken.`);
  } catch (e) {
    fout(env, `${def.namen[0]}-blad toevoegen`, e);
  }
}

/** A message's place: selects its cell in the workbook. */
export async function showPlace(env: PaneEnv, melding: Melding): Promise<void> {
  try {
    await env.port.select(melding.blad, melding.cel);
  } catch (e) {
    fout(env, `Naar ${melding.blad}!${melding.cel} gaan`, e);
  }
}
