import { main } from './main';

/** Entry point of the `nplv` binary: process streams and exit code. */
main(process.argv.slice(2), {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`nplv: onverwachte fout: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
