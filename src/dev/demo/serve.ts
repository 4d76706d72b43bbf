// `npm run demo`: serves the built add-in (dist/) on http://localhost, the demo at /demo.html.
// Also used by the browser tests and the benchmark. Node only; not part of any bundle.
import { createReadStream, existsSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { extname, join, resolve, sep } from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface DemoServer {
  /** `http://localhost:PORT/demo.html` */
  url: string;
  close(): Promise<void>;
}

/** The file under `dir` a URL path names; undefined for anything outside it or missing. */
export function fileFor(dir: string, urlPath: string): string | undefined {
  const root = resolve(dir);
  let path: string;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return undefined;
  }
  const file = resolve(join(root, path.endsWith('/') ? `${path}demo.html` : path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Serves `dir` on 127.0.0.1 (port 0: any free one). GET and HEAD only; nothing is cached. */
export function serveDemo(dir: string, port = 0): Promise<DemoServer> {
  const server: Server = createServer((request, response) => {
    const file = request.method === 'GET' || request.method === 'HEAD' ? fileFor(dir, request.url ?? '/') : undefined;
    if (!file) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, {
        'Content-Type': 'text/plain; charset=utf-8',
      });
      response.end('Niet gevonden');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      done({
        url: `http://localhost:${bound}/demo.html`,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}

/** `node build/src/dev/demo/serve.js [DIR] [--port N]`: serve until Ctrl+C. */
async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args[at + 1]) : Number(process.env.PORT ?? 3001);
  const dir = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)) ?? 'dist';
  if (!existsSync(join(dir, 'demo.html'))) {
    console.error(`${join(dir, 'demo.html')} ontbreekt: eerst bouwen (npm run demo doet dat).`);
    process.exit(2);
  }
  try {
    const { url } = await serveDemo(dir, port);
    console.log(`Demo van NPLV-opgave: ${url}\nOpen dit adres in een browser. Stoppen: Ctrl+C.`);
  } catch (e) {
    console.error(`Kon de demo niet starten op poort ${port}: ${(e as Error).message}. Kies een andere met PORT=3002 npm run demo.`);
    process.exit(2);
  }
}

if (require.main === module) void main(process.argv.slice(2));
