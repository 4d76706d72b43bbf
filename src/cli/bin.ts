// First, so that it also catches a module that fails to load.
import { vangnetMet } from './vangnet';
import { foutBericht, foutDetails } from './fouten';
import { main } from './main';

vangnetMet(foutBericht, foutDetails);

const argv = process.argv.slice(2);

// Output piped into a program that stopped reading (`nplv | head`): stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}

/**
 * Entry point of the `nplv` binary: process streams and exit code. `main` turns every failure
 * into a Dutch line; this catch is the last resort, in the same words.
 */
main(argv, {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`nplv: ${foutBericht(e)}\n${argv.includes('--debug') ? foutDetails(e) + '\n' : ''}`);
    process.exitCode = 2;
  },
);
