import type { PaneEnv } from './actions';
import { getoond } from './paneState';
import { berekenWerkmap, type BerekenUitkomst } from '../../workbook';

/**
 * The workbook's scenarios before the pane has figures (on opening, after Voorbeeld invoegen,
 * when the pane shows again): one read-only computation of the base, so the analyst can switch
 * scenarios on before the first Herbereken; and the display its Totaalbeeld remembers. Quiet: a workbook with errors, or one that cannot
 * be read, lists none and says nothing (Herbereken lists the errors). Figures on view already
 * name the scenarios (their own read), so then it reads nothing; a run that ended while it
 * read has the newer list, so its outcome is dropped then. `lees`: the computation of the base (another read may come with it).
 */
export async function verkenScenarios(
  env: PaneEnv,
  lees: () => Promise<BerekenUitkomst> = () => berekenWerkmap(env.port, { nu: env.nu(), scenarios: [] }),
): Promise<void> {
  const { store } = env;
  const begin = store.getState();
  if (getoond(begin) || begin.bezig) return;
  try {
    const uitkomst = await lees();
    const nu = store.getState();
    if (nu.laatste !== begin.laatste || nu.bezig) return;
    if (!uitkomst.ok) return store.dispatch({ type: 'verkend', scenarios: [] });
    const weergave = { eenheid: uitkomst.eenheid.schaal, weergave: uitkomst.weergave };
    store.dispatch({ type: 'verkend', scenarios: uitkomst.resultaat.scenarios, weergave });
  } catch {
    // The workbook busy or gone: no list this time; Herbereken says what is wrong.
  }
}
