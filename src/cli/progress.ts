import type { Io } from './io';

/** Files from this size on get a line on stderr per step. */
export const GROOT_BESTAND = 1_000_000;

/** Progress on stderr for large files: each step with the time since the start. */
export function progress(io: Io, enabled: boolean): (stap: string) => void {
  const start = Date.now();
  return (stap) => {
    if (enabled) io.err(`[${((Date.now() - start) / 1000).toFixed(1)} s] ${stap}`);
  };
}
