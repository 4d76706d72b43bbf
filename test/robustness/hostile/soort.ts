/**
 * One kind of hostile or odd input for the `nplv` process (issue 13): how to make it, what the
 * run must end in, and within what time and memory.
 */
export interface Soort {
  /** Unique, short: `sheet-zonder-eind-c`, `zip-crc`, `uitvoer-symlink`. */
  naam: string;
  /** The item of issue 13 it proves (1–15); 0 for the baseline runs that show the runner measures. */
  punt: number;
  /** Writes the input file(s) into `map` (a fresh folder) and gives the arguments of `nplv`. */
  maak(map: string): string[] | Promise<string[]>;
  verwacht: {
    /** The exit code; with `signaal`, the code the process ends with after that signal, if it does not die by it. */
    exit: 0 | 1 | 2 | 129 | 130 | 143;
    /** The process ends by this signal (or with exit code 128 + its number). */
    signaal?: NodeJS.Signals;
    /** What stderr must match (its first line, or all of it). */
    stderr?: RegExp;
    stdout?: RegExp;
  };
  /**
   * Bounds of the whole process, start included; 2,000 ms and 200 MB unless given. The time is
   * CPU time (user and system, all threads), which a busy machine hardly changes; the wall time
   * is bounded at five times it (at least 15 s), past which the process is killed.
   */
  grens?: { ms?: number; mb?: number };
  /** Checks after the run, on the folder (nothing written, the old output kept, no temporary file left). */
  na?(map: string, run: Uitkomst): void | Promise<void>;
  /** A large case (test/support/groteGevallen.ts): `npm run test:unit` leaves it out. */
  groot?: boolean;
  /** Environment or options of the process (e.g. a uid), where a kind needs them. */
  proces?: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number; signaal?: { na: RegExp | number; signaal: NodeJS.Signals } };
}

/** What one run of `nplv` gave. */
export interface Uitkomst {
  /** The exit code, or null when the process was ended by a signal (`signaal`). */
  code: number | null;
  signaal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit. */
  ms: number;
  /** CPU time of the process (user and system), ms; undefined when it died before it could say. */
  cpuMs: number | undefined;
  /** Peak resident memory of the process, MB; undefined when it died before it could say (an abort). */
  mb: number | undefined;
}
