import type { Melding } from '../../engine';
import { alsVrij, gelukt, type PaneEnv } from './actions';
import { vergelijkWerkmap, versieVastleggen, versieVerwijderen, versiesLezen, type VersieInfo, type VersiesUitkomst } from '../../workbook';

/**
 * The pane's actions on versions (issue 17): record the workbook's inputs and result as a
 * version, list and remove them, and compare the workbook now with one. Never throw; a failure
 * of the workbook becomes a notice, a problem with the versions (a damaged NPLV Versies sheet, a
 * label in use) messages in the Versies section. None of them stops or touches Herbereken.
 */

const afgekeurd = (env: PaneEnv, meldingen: Melding[]) => {
  env.store.dispatch({ type: 'versies afgekeurd', meldingen });
  env.store.dispatch({ type: 'bericht' }); // ends the busy spell
};

/** The versions recorded in the workbook into the pane (on opening, after each change); `namen`: the sheet names, when just listed. */
export async function leesVersies(env: PaneEnv, namen?: readonly string[]): Promise<void> {
  try {
    toonVersies(env, await versiesLezen(env.port, namen));
  } catch {
    // The workbook busy or gone: no list this time; the next action on versions says what is wrong.
  }
}

/** The versions read (or their problems) into the pane. */
export const toonVersies = (env: PaneEnv, uitkomst: VersiesUitkomst) =>
  env.store.dispatch(
    uitkomst.ok ? { type: 'versies', versies: uitkomst.versies } : { type: 'versies afgekeurd', meldingen: uitkomst.meldingen },
  );

/**
 * The list after a change: from the list in the pane when it was read whole (no messages),
 * else read again (a version's JSON can be large: no reading it back after every change).
 */
async function lijstNa(env: PaneEnv, wijzig: (versies: VersieInfo[]) => VersieInfo[]): Promise<void> {
  const { versies, versieMeldingen } = env.store.getState();
  if (versies && !versieMeldingen) env.store.dispatch({ type: 'versies', versies: wijzig(versies) });
  else await leesVersies(env);
}

/** Versie vastleggen: the inputs that count now (with the scenarios switched on) and their result, under `label`. */
export const vastleggen = (env: PaneEnv, label: string): Promise<void> =>
  alsVrij(env, 'Versie vastleggen', async () => {
    const uitkomst = await versieVastleggen(env.port, label, { scenarios: env.store.getState().scenarios ?? [], nu: env.nu() });
    if (!uitkomst.ok) return afgekeurd(env, uitkomst.meldingen);
    await lijstNa(env, (versies) => [...versies, uitkomst.versie]);
    gelukt(env, `Versie '${uitkomst.versie.label}' vastgelegd in het verborgen blad NPLV Versies.`);
  });

/** Verwijderen: the version leaves the workbook. */
export const verwijderen = (env: PaneEnv, label: string): Promise<void> =>
  alsVrij(env, `Versie '${label}' verwijderen`, async () => {
    const uitkomst = await versieVerwijderen(env.port, label);
    if (!uitkomst.ok) return afgekeurd(env, uitkomst.meldingen);
    await lijstNa(env, (versies) => versies.filter((v) => v.label !== label));
    gelukt(env, `Versie '${label}' verwijderd.`);
  });

/**
 * Vergelijk met…: the workbook now (the scenarios switched on in the pane) against a recorded
 * version, written to the NPLV Vergelijking sheet with an exact undo, as Herbereken writes.
 */
export const vergelijkMet = (env: PaneEnv, label: string): Promise<void> =>
  alsVrij(env, `Vergelijken met '${label}'`, async () => {
    const tijd = env.nu();
    const scenarios = env.store.getState().scenarios ?? [];
    const uitkomst = await vergelijkWerkmap(env.port, { versie: label }, { scenarios, nu: tijd, undo: true });
    if (!uitkomst.ok) return afgekeurd(env, uitkomst.meldingen);
    const { vergelijking, uitleg, undo } = uitkomst;
    env.store.dispatch({ type: 'vergeleken', vergeleken: { versie: label, tijd, vergelijking, uitleg }, undo });
  });
