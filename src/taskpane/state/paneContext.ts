import { createContext, useContext } from 'react';
import type { PaneEnv } from './actions';

/** The workbook port, the shared store and the clock, for every component of the pane. */
export const PaneContext = createContext<PaneEnv | undefined>(undefined);

export function usePaneEnv(): PaneEnv {
  const env = useContext(PaneContext);
  if (!env) throw new Error('usePaneEnv: render inside <App>');
  return env;
}
