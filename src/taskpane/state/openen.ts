import type { PaneEnv } from './actions';
import { verkenScenarios } from './verkennen';
import { leesVersies } from './versieActies';

/**
 * On opening the pane (and for another workbook): the sheet names listed once, then its
 * scenarios (right after the listing, which reads the input sheets' first rows ahead) and the
 * versions it holds. Quiet: a workbook busy or gone lists nothing (the next action says why).
 */
export async function verkenWerkmap(env: PaneEnv): Promise<void> {
  let namen: string[];
  try {
    namen = await env.port.sheetNames();
  } catch {
    return;
  }
  await verkenScenarios(env, namen);
  await leesVersies(env, namen);
}
