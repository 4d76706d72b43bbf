import { alsVrij, showPlace, type PaneEnv } from './actions';
import { gevoeligheidWerkmap } from '../../workbook';

/**
 * Gevoeligheid berekenen (issue 19): each verdeelsleutel alone moved by −5, −10, +5 and +10
 * points with the scenarios switched on in the pane, written to the NPLV Gevoeligheid sheet with
 * an exact undo, as Herbereken and Vergelijk met… write. Errors of the workbook: messages in the
 * Gevoeligheid section, nothing written.
 */
export const berekenGevoeligheid = (env: PaneEnv): Promise<void> =>
  alsVrij(env, 'Gevoeligheid berekenen', async () => {
    const tijd = env.nu();
    const scenarios = env.store.getState().scenarios ?? [];
    const uitkomst = await gevoeligheidWerkmap(env.port, { scenarios, nu: tijd, undo: true });
    if (!uitkomst.ok) return env.store.dispatch({ type: 'gevoeligheid afgekeurd', meldingen: uitkomst.meldingen });
    const { blad, gevoeligheid, uitleg, rijVan, undo } = uitkomst;
    env.store.dispatch({ type: 'gevoeligheid', gevoelig: { tijd, blad, gevoeligheid, uitleg, rijVan }, undo });
  });

/** A key of the gevoeligheid (its index in `gevoeligheid.sleutels`): selects its row on the sheet. */
export async function toonSleutel(env: PaneEnv, index: number): Promise<void> {
  const gevoelig = env.store.getState().gevoelig;
  const cel = gevoelig?.rijVan(index);
  if (gevoelig && cel) await showPlace(env, { blad: gevoelig.blad, cel });
}
