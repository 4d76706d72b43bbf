import { runHerbereken, type PaneEnv } from '../state/actions';

/** The part of `Office` the ribbon command uses (a fake in tests). */
export interface RibbonOffice {
  actions: { associate(actionId: string, actionFunction: (event: { completed(): void }) => void): void };
  addin: { showAsTaskpane(): Promise<void> };
}

/** The ribbon button's FunctionName in manifest.xml. */
export const HERBEREKEN_ACTIE = 'herbereken';

/**
 * The ribbon's Herbereken (ExecuteFunction, shared runtime): the same run as the pane's button,
 * on the same port and store, so the pane shows its outcome (its state line, when open).
 * Errors (or a failing workbook) open the pane with the list; a clean run shows the NPLV
 * Totaalbeeld it wrote (activated, A1 selected, in the write's own request): its success is
 * in view without a pane.
 */
export function registerRibbonCommands(office: RibbonOffice, env: PaneEnv): void {
  office.actions.associate(HERBEREKEN_ACTIE, async (event) => {
    try {
      const uitkomst = await runHerbereken(env, { toonTotaalbeeld: true });
      if (uitkomst === 'fouten' || uitkomst === 'mislukt') await office.addin.showAsTaskpane();
    } catch {
      // showAsTaskpane may be unsupported; the outcome is in the pane all the same
    } finally {
      event.completed();
    }
  });
}
