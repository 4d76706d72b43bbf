import { voorbeeldBladen } from '../../voorbeeld/werkmap';
import { aantal, metScenarios } from './statusregel';
import type { Selectie, SelectieVolger } from './selectie';
import type { PaneStore } from './store';
import { verkenScenarios } from './verkennen';
import { verwijzingTekst } from '../../sheet';
import {
  findSheet,
  periodenBlad,
  verdeelsleutelsBlad,
  type SheetContent,
  type Weergave,
  type WorkbookPort,
  type ZelftestRapport,
  berekenWerkmap,
  herberekenWerkmap,
  ongedaanMaken,
  DEKKING,
  OPGAVE,
  PERIODEN,
  VERDEELSLEUTELS,
} from '../../workbook';

/**
 * What the pane's actions work on: the workbook, the shared state and a clock (tests fix it);
 * and where it can, the selection in the workbook (the Uitleg follows it) and the Zelftest
 * (issue 20: Excel's own API on a temporary sheet, made by the entry from Excel.run and Office).
 */
export interface PaneEnv {
  port: WorkbookPort;
  store: PaneStore;
  nu: () => Date;
  selectie?: SelectieVolger;
  zelftest?: () => Promise<ZelftestRapport>;
}

const reden = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A failure of the workbook (an exception, not a message about the input) as the pane's notice. */
export const fout = (env: PaneEnv, wat: string, e: unknown) =>
  env.store.dispatch({ type: 'bericht', bericht: { soort: 'fout', tekst: `${wat} is mislukt: ${reden(e)}` } });

/** Runs one action (on versions, the gevoeligheid) when none is going: busy meanwhile, a failure of the workbook as a notice. */
export async function alsVrij(env: PaneEnv, wat: string, actie: () => Promise<void>): Promise<void> {
  if (env.store.getState().bezig) return;
  env.store.dispatch({ type: 'gestart', wat: wat.charAt(0).toLowerCase() + wat.slice(1) });
  try {
    await actie();
  } catch (e) {
    fout(env, wat, e);
  }
}

export type RunUitkomst = 'berekend' | 'fouten' | 'mislukt' | 'al bezig';

/**
 * Herbereken (pane button and ribbon command): reads, computes and writes through the port,
 * and puts the outcome in the store. Never throws; a failure of the workbook becomes a notice.
 * `toonTotaalbeeld` (the ribbon): the sheet written is shown to the analyst in the same request.
 */
export async function runHerbereken(env: PaneEnv, { toonTotaalbeeld = false } = {}): Promise<RunUitkomst> {
  const { port, store } = env;
  if (store.getState().bezig) return 'al bezig';
  store.dispatch({ type: 'gestart', wat: 'herberekenen' });
  try {
    const tijd = env.nu();
    const { scenarios = [], weergave } = store.getState();
    const uitkomst = await herberekenWerkmap(port, { nu: tijd, scenarios, metBasis: true, weergave, toonTotaalbeeld });
    if (!uitkomst.ok) {
      store.dispatch({ type: 'afgekeurd', meldingen: uitkomst.meldingen });
      return 'fouten';
    }
    const { resultaat, basis, invoer, meldingen, undo, uitleg, eenheid, weergave: inGebruik } = uitkomst;
    const { opgave, dekking } = resultaat.nietMeegeteld;
    const berekening = {
      soort: 'berekend' as const,
      tijd,
      resultaat,
      basis,
      meldingen,
      eenheid: eenheid.schaal,
      weergave: inGebruik,
      uitleg,
      opgaveregels: invoer.opgave.length - opgave.length,
      dekkingsregels: invoer.dekking.length - dekking.length,
      nietMeegeteld: opgave.length + dekking.length,
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
  store.dispatch({ type: 'gestart', wat: 'ongedaan maken' });
  try {
    await ongedaanMaken(env.port, undo);
    store.dispatch({ type: 'ongedaan', tijd: env.nu() });
  } catch (e) {
    fout(env, 'Ongedaan maken', e);
  }
}

export const gelukt = (env: PaneEnv, tekst: string) => env.store.dispatch({ type: 'bericht', bericht: { soort: 'gelukt', tekst } });
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
    await verkenScenarios(env); // its scenarios, to switch on before the first Herbereken
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

/** A place (of a message, of an Uitleg's input): selects its cell in the workbook. */
export async function showPlace(env: PaneEnv, plaats: Selectie): Promise<void> {
  try {
    await env.port.select(plaats.blad, plaats.cel);
  } catch (e) {
    fout(env, `Naar ${verwijzingTekst(plaats)} gaan`, e);
  }
}

/**
 * A scenario toggle: these scenarios count from now on (the next Herbereken writes them). When
 * they differ from the last run's, the pane computes them without writing, for base vs
 * scenario side by side; a result for a choice already changed again is dropped.
 */
export async function switchScenarios(env: PaneEnv, scenarios: string[]): Promise<void> {
  const { store } = env;
  store.dispatch({ type: 'scenarios', scenarios });
  if (!store.getState().rekent) return;
  const mislukt = (reden: string) =>
    store.dispatch({
      type: 'niet doorgerekend',
      scenarios,
      bericht: { soort: 'fout', tekst: `Doorrekenen${metScenarios(scenarios)} is mislukt: ${reden}` },
    });
  try {
    const uitkomst = await berekenWerkmap(env.port, { nu: env.nu(), scenarios, metBasis: true, weergave: store.getState().weergave });
    if (!uitkomst.ok)
      return mislukt(
        `${aantal(uitkomst.meldingen.length, 'fout', 'fouten')} in de werkmap. Herbereken zet ze op een rij en schrijft niets.`,
      );
    const { resultaat, basis, meldingen, eenheid, weergave } = uitkomst;
    store.dispatch({ type: 'doorgerekend', doorrekening: { scenarios, resultaat, basis, meldingen, eenheid: eenheid.schaal, weergave } });
  } catch (e) {
    mislukt(reden(e));
  }
}

/**
 * The display setting changed in the pane (issue 16): the pane's figures follow at once. When
 * the last run wrote the Totaalbeeld and the scenarios switched are the ones it wrote, the
 * sheet follows too: Herbereken runs again with those scenarios and this setting (its undo then
 * puts back the sheet as the run before left it). Otherwise the next Herbereken writes it.
 */
export async function switchWeergave(env: PaneEnv, weergave: Weergave): Promise<void> {
  const { store } = env;
  store.dispatch({ type: 'weergave', weergave });
  const state = store.getState();
  const geschreven = state.laatste?.soort === 'berekend' && state.undo !== undefined && state.undoVan === undefined;
  if (geschreven && !state.bezig && !state.doorgerekend && !state.rekent) {
    await runHerbereken(env);
    return;
  }
  if (state.laatste) info(env, 'Weergave gewijzigd: het blad NPLV Totaalbeeld volgt bij de volgende Herbereken.');
}
