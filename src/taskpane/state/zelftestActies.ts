import type { PaneEnv } from './actions';

// Excel's message alone: its first line, not a stack or a page of detail.
const eersteRegel = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 300);

/**
 * Zelftest (issue 20, under …): runs every Excel call the add-in relies on, on a temporary
 * sheet it removes again, and puts the report in the pane. Busy meanwhile, so nothing else
 * runs beside it. Nothing is sent anywhere. Should the Zelftest itself throw, a Dutch notice
 * in its place (never a stack).
 */
export async function runZelftest(env: PaneEnv): Promise<void> {
  const { store, zelftest } = env;
  if (!zelftest || store.getState().bezig) return;
  store.dispatch({ type: 'gestart', wat: 'de zelftest' });
  try {
    store.dispatch({ type: 'zelftest', rapport: await zelftest() });
  } catch (e) {
    store.dispatch({
      type: 'zelftest mislukt',
      tekst: `De zelftest kon niet worden uitgevoerd: ${eersteRegel(e)}. Er is niets verstuurd; meld dit aan de beheerders met de versie van Excel.`,
    });
  }
}
