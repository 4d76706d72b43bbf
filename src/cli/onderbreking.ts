import { constants } from 'os';

/** The signals that end a run on request: Ctrl-C, `kill`, a closed terminal. */
const SIGNALEN: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Until the returned function is called, one of SIGINT, SIGTERM or SIGHUP first runs
 * `opruimen` and then ends the process by that same signal, as it would have without this
 * (a shell sees 128 + its number: 130 for Ctrl-C); any other end of the process
 * (`process.exit`, the last resort of vangnet.ts) runs `opruimen` too. SIGKILL cannot be
 * caught: what it leaves, a later run removes (verweesd.ts).
 */
export function bijOnderbreking(opruimen: () => void): () => void {
  const stop = () => {
    SIGNALEN.forEach((s) => process.off(s, onderbroken));
    process.off('exit', opruimen);
  };
  function onderbroken(signaal: NodeJS.Signals): void {
    stop();
    try {
      opruimen();
    } finally {
      // With no listener left the signal's default action ends the process before kill returns;
      // should another listener keep it alive, the exit code says the same.
      process.kill(process.pid, signaal);
      process.exit(128 + constants.signals[signaal]);
    }
  }
  SIGNALEN.forEach((s) => process.on(s, onderbroken));
  process.on('exit', opruimen);
  return stop;
}
