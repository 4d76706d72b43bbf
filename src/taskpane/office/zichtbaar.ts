import type { PaneEnv } from '../state/actions';
import { verkenScenarios } from '../state/verkennen';

/** The part of `Office` this uses: the shared runtime's visibility event (SharedRuntime 1.1; may be absent). */
export interface ZichtbaarOffice {
  addin: { onVisibilityModeChanged?(handler: (message: { visibilityMode: string }) => void): Promise<unknown> };
}

/**
 * When the pane shows again (the analyst may have edited the workbook meanwhile), its list of
 * scenarios is read again — only while it has no figures of its own (see `verkenScenarios`).
 */
export function verkenBijTonen(office: ZichtbaarOffice, env: PaneEnv): void {
  const opTonen = (message: { visibilityMode: string }) => {
    if (message.visibilityMode === 'Taskpane') void verkenScenarios(env);
  };
  office.addin.onVisibilityModeChanged?.(opTonen).catch(() => undefined);
}
