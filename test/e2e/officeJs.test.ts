/**
 * Issue 18, items 1 and 6: office.js from Microsoft's CDN in the production build, or with
 * OFFICE_JS=local only the files Excel loads; and the old-webview (IE11) message.
 * The builds are real webpack builds (test/support/productionBuild.ts); office.js's own loader is
 * run in jsdom to learn which files it asks for, independently of the build's list.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { parse } from 'acorn';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from '../support/chromium';
import { productionBuild } from '../support/productionBuild';

// Learn, "Referencing the Office JavaScript API library": the one production address of office.js.
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PACKAGE = join(process.cwd(), 'node_modules/@microsoft/office-js/dist');
const ES2015 = ['Promise', 'Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect'];
const TITLE = 'NPLV-opgave werkt niet in deze versie van Excel';
const withChromium = chromiumPath() || process.env.CI === 'true' ? describe : describe.skip;

const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="?([^" >]+)/g)].map((m) => m[1]);
function policy(html: string): Record<string, string[]> {
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  if (!meta) throw new Error('no Content-Security-Policy');
  return Object.fromEntries(
    meta[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}
/** Every file under `dir`, relative, with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/**
 * The scripts office.js (the package's, as shipped) adds to a page opened with `hostInfo` as
 * Office passes it (`_host_Info=Excel$Win32$16.01$nl-NL$…`; none: a plain browser), as paths
 * relative to office.js's folder. jsdom does not fetch them: the loader's first requests only.
 */
function loaderRequests(hostInfo?: string): string[] {
  const base = 'https://addin.example/nplv/';
  const query = hostInfo ? `?_host_Info=${encodeURIComponent(hostInfo)}` : '';
  const dom = new JSDOM('<!doctype html><head><script src="office-js/office.js"></script></head><body></body>', {
    url: `${base}taskpane.html${query}`,
    runScripts: 'outside-only',
    virtualConsole: new VirtualConsole(),
  });
  dom.window.eval(readFileSync(join(PACKAGE, 'office.js'), 'utf8'));
  const urls = [...dom.window.document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src);
  dom.window.close();
  return urls.map((url) => {
    if (!url.startsWith(`${base}office-js/`)) throw new Error(`office.js asked for ${url}`);
    return url.slice(`${base}office-js/`.length);
  });
}

describe('the OFFICE_JS setting', () => {
  it('accepts cdn and local, and stops the build on anything else with a message', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { officeJs } = require(join(process.cwd(), 'scripts/webpack/officeJs.js'));
    expect(officeJs({ OFFICE_JS: 'cdn' }).src).toBe(CDN);
    expect(officeJs({ OFFICE_JS: 'local' }).src).toBe('office-js/office.js');
    expect(() => officeJs({ OFFICE_JS: 'lokaal' })).toThrow('OFFICE_JS must be "cdn" (the default) or "local", not "lokaal"');
  });
});

describe('the production build (npm run build): office.js from Microsoft', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await productionBuild({ OFFICE_JS: 'cdn' });
  }, 180_000);
  const html = (page: string) => readFileSync(join(dist, page), 'utf8');

  it('taskpane.html loads the old-webview check, office.js from the CDN, then the bundles', () => {
    expect(scriptsOf(html('taskpane.html'))).toEqual(['oldWebview.js', CDN, 'taskpane.js', 'functions.js']);
  });

  it('copies the old-webview check as written: ES5', () => {
    expect(() => parse(html('oldWebview.js'), { ecmaVersion: 5 })).not.toThrow();
  });

  it('copies nothing of office.js', () => {
    expect(existsSync(join(dist, 'office-js'))).toBe(false);
    expect(filesUnder(dist).filter((f) => /(^|\/)(office|excel-[\w.-]+|office_strings)\.js$/.test(f))).toEqual([]);
  });

  it("lets taskpane.html take scripts from the CDN's origin and nothing else new; the demo, which loads no office.js, keeps 'self'", () => {
    const pane = policy(html('taskpane.html'));
    expect(pane['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(pane['connect-src']).toEqual(["'self'"]);
    expect(pane['default-src']).toEqual(["'self'"]);
    expect(
      Object.values(pane)
        .flat()
        .filter((s) => /unsafe/.test(s)),
    ).toEqual([]);
    expect(policy(html('demo.html'))['script-src']).toEqual(["'self'"]);
    expect(html('demo.html')).not.toMatch(/office\.js/);
  });
  withChromium("the old-webview check as built, in Chromium under the pane's policy", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    /**
     * A page with the built pane's policy, an empty #root and the built oldWebview.js (from the
     * build's folder; nothing else is served), the ES2015 globals deleted first when asked.
     */
    async function open(withoutEs2015: boolean) {
      const page = await browser.newPage();
      const meta = /<meta http-equiv="?Content-Security-Policy"?[^>]*>/.exec(html('taskpane.html'))![0];
      const requests: string[] = [];
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        requests.push(url.pathname);
        if (url.pathname === '/taskpane.html') {
          const body = `<!doctype html><html lang="nl"><head>${meta}<script src="oldWebview.js"></script></head><body><div id="root"></div></body></html>`;
          return route.fulfill({ contentType: 'text/html', body });
        }
        if (url.pathname === '/oldWebview.js') return route.fulfill({ contentType: 'text/javascript', body: html('oldWebview.js') });
        return route.abort();
      });
      // Written on <html> once loaded, read through Playwright's isolated world: its main-world helpers need Map.
      await page.addInitScript(
        (names: string[]) => {
          const w = window as unknown as Record<string, unknown>;
          const seen: string[] = [];
          document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
          for (const name of names) delete w[name];
          const promise = typeof w.Promise;
          window.addEventListener('load', () =>
            setTimeout(() => {
              document.documentElement.setAttribute('data-promise', promise);
              document.documentElement.setAttribute('data-seen', seen.join(';'));
            }, 100),
          );
        },
        withoutEs2015 ? ES2015 : [],
      );
      await page.goto('https://nplv.test/taskpane.html');
      await page.waitForSelector('html[data-seen]', { state: 'attached' });
      const state = {
        promise: await page.getAttribute('html', 'data-promise'),
        root: await page.locator('#root').innerText(),
        seen: (await page.getAttribute('html', 'data-seen'))!.split(';').filter(Boolean),
      };
      await page.close();
      return { ...state, requests };
    }

    it('without ES2015 shows the Dutch message in #root, with no policy violation', async () => {
      const { promise, root, seen, requests } = await open(true);
      expect(promise).toBe('undefined');
      expect(root).toContain(TITLE);
      expect(root).toMatch(/Excel op het web/);
      expect(seen).toEqual([]);
      expect(requests).toEqual(['/taskpane.html', '/oldWebview.js']);
    }, 60_000);

    it('in Chromium as it is leaves #root empty', async () => {
      const { promise, root, seen } = await open(false);
      expect(promise).toBe('function');
      expect(root).toBe('');
      expect(seen).toEqual([]);
    }, 60_000);
  });
});

describe('OFFICE_JS=local: office.js from the add-in, only what Excel loads', () => {
  let dist: string;
  let copied: string[];
  beforeAll(async () => {
    dist = await productionBuild({ OFFICE_JS: 'local' });
    copied = filesUnder(join(dist, 'office-js'));
  }, 180_000);

  it("taskpane.html loads office-js/office.js after the old-webview check; script-src stays 'self'", () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    expect(scriptsOf(html)).toEqual(['oldWebview.js', 'office-js/office.js', 'taskpane.js', 'functions.js']);
    expect(policy(html)['script-src']).toEqual(["'self'"]);
  });

  // Excel on Windows, Mac and the web pass these (a version above office.js's own is lowered to it).
  const EXCEL = ['Excel$Win32$16.01', 'Excel$Win32$16.02', 'Excel$Win32$16.00', 'Excel$Mac$16.00', 'Excel$Web$16.00'];

  it('holds every file office.js asks for in Excel on Windows, Mac and the web, in every UI language, and outside Office', () => {
    // Every locale folder of the package given as Office's language, and a few it does not have.
    const languages = [...readdirSync(PACKAGE).filter((d) => /^[a-z]{2,3}(-[a-z0-9]+)+$/.test(d)), 'nl-BE', 'en-GB', 'fy-NL', 'xx-XX'];
    const asked = new Set<string>(loaderRequests()); // a browser opening taskpane.html itself
    for (const language of languages) loaderRequests(`Excel$Win32$16.01$${language}$$$$0`).forEach((f) => asked.add(f));
    for (const excel of EXCEL) loaderRequests(`${excel}$nl-NL$$$$0`).forEach((f) => asked.add(f));
    expect([...asked].filter((f) => !copied.includes(f))).toEqual([]);
    expect([...asked]).toEqual(
      expect.arrayContaining(['excel-win32-16.01.js', 'excel-mac-16.00.js', 'excel-web-16.00.js', 'nl-nl/office_strings.js']),
    );
    // The rest is telemetry the scripts load later, after Office answers: named in office.js and the host scripts.
    const later = copied.filter((f) => !asked.has(f));
    expect(later.sort()).toEqual(['ariatelemetry/aria-web-telemetry.js', 'telemetry/oteljs_agave.js']);
    expect(readFileSync(join(PACKAGE, 'office.js'), 'utf8')).toContain('telemetry/oteljs_agave.js');
    expect(readFileSync(join(PACKAGE, 'excel-win32-16.01.js'), 'utf8')).toContain('ariatelemetry/aria-web-telemetry.js');
  });

  it('holds nothing of Outlook, Word, PowerPoint, OneNote, Project or Visio, no debug builds, no Excel for iPad, Android or the non-shared runtime', () => {
    expect(
      copied.filter((f) =>
        /outlook|word|powerpoint|onenote|project|visio|access|\.debug\.js|-core\.js|excel-(ios|android|winrt)|webauth/.test(f),
      ),
    ).toEqual([]);
    // The same bytes as the package's files.
    for (const f of copied) expect([f, readFileSync(join(dist, 'office-js', f)).equals(readFileSync(join(PACKAGE, f)))]).toEqual([f, true]);
  });

  it('is a fraction of the 28 MB copied before (issue 18: of which Excel needs 8.7 MB)', () => {
    const bytes = copied.reduce((sum, f) => sum + statSync(join(dist, 'office-js', f)).size, 0);
    expect(bytes).toBeLessThan(8_700_000);
  });
});

describe('the old-webview message (IE11)', () => {
  const source = readFileSync(join(process.cwd(), 'src/taskpane/oldWebview.js'), 'utf8');

  /**
   * A page with an empty #root and the script run in it, while the page is still loading (as from
   * <head>) or once it has loaded; with `withoutEs2015` the ES2015 globals deleted first, as IE11 lacks them.
   */
  async function run(withoutEs2015: boolean, when: 'loading' | 'loaded') {
    const dom = new JSDOM('<!doctype html><html lang="nl"><body><div id="root"></div></body></html>', { runScripts: 'outside-only' });
    const window = dom.window as unknown as { eval(code: string): unknown };
    const loaded = new Promise((done) => dom.window.addEventListener('load', done));
    if (withoutEs2015) for (const name of ES2015) window.eval(`delete window.${name}`);
    expect(window.eval(`typeof Promise`)).toBe(withoutEs2015 ? 'undefined' : 'function');
    if (when === 'loaded') await loaded;
    expect([when, dom.window.document.readyState === 'loading']).toEqual([when, when === 'loading']);
    window.eval(source);
    await loaded;
    return dom.window.document.getElementById('root')!;
  }

  it('parses as ES5 (IE11 parses nothing newer)', () => {
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each(['loading', 'loaded'] as const)(
    'without ES2015 (the script run while the page is %s) puts the Dutch message in #root',
    async (when) => {
      const root = await run(true, when);
      expect(root.querySelector('[role="alert"] h1')?.textContent).toBe(TITLE);
      const text = root.textContent ?? '';
      expect(text).toMatch(/Internet Explorer 11/);
      for (const client of ['Microsoft 365', 'versie 2002', 'Excel 2021', 'Excel op het web', 'Mac', 'Excel 2016 of 2019', 'iPad']) {
        expect(text).toContain(client);
      }
    },
  );

  it.each(['loading', 'loaded'] as const)('in a modern browser does nothing (the page %s)', async (when) => {
    const root = await run(false, when);
    expect(root.childNodes.length).toBe(0);
  });
});
