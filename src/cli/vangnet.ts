/**
 * The last resort of the `nplv` process, loaded before anything else (bin.ts imports it
 * first): an exception no code caught — thrown in a callback, a promise nobody awaited, a
 * module that fails to load — ends as one Dutch line and exit 2, never as Node's stack trace;
 * `--debug` adds the details. Until bin.ts hands over the product's wording (`vangnetMet`),
 * the line is a plain one.
 */

type Beschrijf = (e: unknown) => string;

let bericht: Beschrijf = (e) =>
  `onverwachte fout (${(e as Error)?.name ?? typeof e}); draai de opdracht opnieuw met --debug en geef de uitvoer door aan de beheerder van nplv`;
let details: Beschrijf = (e) => (e as Error)?.stack ?? String(e);

/** From now on the line and the details are these (fouten.ts's foutBericht and foutDetails). */
export function vangnetMet(b: Beschrijf, d: Beschrijf): void {
  [bericht, details] = [b, d];
}

function laatsteRedmiddel(e: unknown): void {
  try {
    process.stderr.write(`nplv: ${bericht(e)}\n${process.argv.includes('--debug') ? details(e) + '\n' : ''}`);
  } finally {
    process.exit(2);
  }
}

process.on('uncaughtException', laatsteRedmiddel);
process.on('unhandledRejection', laatsteRedmiddel);
