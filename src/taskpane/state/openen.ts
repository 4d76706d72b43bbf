import type { PaneEnv } from './actions';
import { verkenScenarios } from './verkennen';
import { leesVersies, toonVersies } from './versieActies';
import { berekenMetVersies, type VersiesUitkomst } from '../../workbook';

/**
 * On opening the pane (and for another workbook): the sheet names listed once, then its
 * scenarios and the versions it holds from one read (the listing reads the input sheets' first
 * rows ahead for it). When the scenarios are not read (figures on view, a run busy), or that
 * read failed, the versions are read alone. Quiet: a workbook busy or gone lists nothing (the
 * next action says why).
 */
export async function verkenWerkmap(env: PaneEnv): Promise<void> {
  let namen: string[];
  try {
    namen = await env.port.sheetNames();
  } catch {
    return;
  }
  let versies: VersiesUitkomst | undefined;
  await verkenScenarios(env, async () => {
    const gelezen = await berekenMetVersies(env.port, { nu: env.nu(), scenarios: [] }, namen);
    versies = gelezen.versies;
    return gelezen.uitkomst;
  });
  if (versies) toonVersies(env, versies);
  else await leesVersies(env, namen);
}
