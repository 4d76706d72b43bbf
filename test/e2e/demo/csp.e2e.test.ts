/**
 * Issue 13, item 14: the Content-Security-Policy of every page the build emits, read from the
 * built files, and the demo and the pane used in a real headless Chromium under it.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../support/chromium';
import { productionBuild } from '../../support/productionBuild';
import { serveDemo, type DemoServer } from '../../../src/dev/demo/serve';
import { herbereken, openDemo, showSheet } from './demoPage';

// SHA-256 of the empty text (e3b0c442…b855), in base64: the published test vector, not computed here.
const EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

let dist: string;
beforeAll(async () => {
  dist = await productionBuild();
}, 180_000);

const pages = () =>
  readdirSync(dist)
    .filter((f) => f.endsWith('.html'))
    .sort();
const html = (page: string) => readFileSync(join(dist, page), 'utf8');

/** The page's policy as directive → sources, from its <meta http-equiv> (the first thing in <head>). */
function policy(page: string): Record<string, string[]> {
  const text = html(page);
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(text);
  if (!meta || meta.index > text.search(/<script|<link|<style/)) throw new Error(`${page}: no policy before the first script or style`);
  return Object.fromEntries(
    meta[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

describe('the policy of every page the build emits', () => {
  it('is on every page: the pane (also the functions and the ribbon command: one shared runtime), the demo and the functions’ help', () => {
    expect(pages()).toEqual(['demo.html', 'help.html', 'taskpane.html']);
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    // the pane, and help.html: the support page of SupportUrl and LearnMoreUrl (issue 18), a page of the help build
    expect([...new Set([...manifest.matchAll(/https:\/\/localhost:3000\/([\w./-]+\.html)/g)].map((m) => m[1]))].sort()).toEqual([
      'help.html',
      'taskpane.html',
    ]);
  });

  it.each(['demo.html', 'taskpane.html'])(
    '%s: scripts from the add-in itself only, styles from its files and empty <style> elements only',
    (page) => {
      const p = policy(page);
      expect(p['script-src']).toEqual(["'self'"]);
      expect(p['style-src']).toEqual(["'self'", EMPTY]);
      expect(p['default-src']).toEqual(["'self'"]);
      // No other origin anywhere: no host, no scheme (but data: images), no wildcard, no 'unsafe-…'.
      const sources = Object.values(p).flat();
      expect(sources.filter((s) => /[:*]/.test(s) && s !== 'data:')).toEqual([]);
      expect(sources.filter((s) => /unsafe/.test(s))).toEqual([]);
    },
  );

  it('help.html: no script at all, styles and images from the add-in only, nothing else', () => {
    const p = policy('help.html');
    expect(p['default-src']).toEqual(["'none'"]);
    expect(p['script-src']).toBeUndefined(); // falls back to default-src 'none'
    expect(p['style-src']).toEqual(["'self'"]);
    const sources = Object.values(p).flat();
    expect(sources.filter((s) => /[:*]/.test(s) || /unsafe/.test(s))).toEqual([]);
    expect(html('help.html')).not.toMatch(/<script/);
  });

  it('pages hold no inline script or style, and load scripts and styles from the add-in folder', () => {
    for (const page of pages()) {
      const text = html(page);
      expect([page, /<script(?![^>]*\ssrc=)[^>]*>/.test(text), /<style/.test(text), /\sstyle=/.test(text)]).toEqual([
        page,
        false,
        false,
        false,
      ]);
      const loaded = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="?([^" >]+)/g)].map((m) => m[1]);
      expect(loaded.filter((url) => /^[a-z]+:|^\/\//i.test(url))).toEqual([]);
    }
    expect(html('taskpane.html')).toMatch(/<script[^>]*src="?office-js\/office\.js/);
    expect(html('demo.html')).not.toMatch(/office\.js/); // the demo brings its own Office (officeShim)
  });
});

const inCi = process.env.CI === 'true';
const withChromium = chromiumPath() || inCi ? describe : describe.skip;

withChromium('the policy in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  jest.setTimeout(90_000);

  beforeAll(async () => {
    server = await serveDemo(dist);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the demo renders styled and is used without one violation', async () => {
    const demo = await openDemo(browser, server.url);
    const { page } = demo;
    await herbereken(page);
    await page.getByRole('button', { name: 'Meer acties' }).click(); // a Fluent callout: positioned by its styles
    await page.getByRole('menuitem', { name: 'Verdeelsleutels-blad toevoegen' }).click();
    await page.getByRole('grid', { name: 'Blad Verdeelsleutels' }).waitFor();
    await showSheet(page, 'Opgave');
    await page.getByRole('switch', { name: /^Wbi naar rato/ }).click();
    await page.getByText(/^Doorgerekend met scenario Wbi naar rato/).waitFor();
    const styled = await page.evaluate(() => {
      const rules = Array.from(document.querySelectorAll('style[data-merge-styles]')).map(
        (s) => (s as HTMLStyleElement).sheet?.cssRules.length ?? 0,
      );
      const button = document.querySelector('.ms-Button--primary');
      return {
        mergeStyles: rules.reduce((a, b) => a + b, 0) > 100, // Fluent's rules, inserted through the CSSOM
        emptyElements: Array.from(document.querySelectorAll('style')).every((s) => s.textContent === ''),
        fluent: button ? getComputedStyle(button).backgroundColor : 'geen knop',
        demoCss: getComputedStyle(document.querySelector('.demo')!).display, // demo.css, a file
      };
    });
    expect(styled).toEqual({
      mergeStyles: true,
      emptyElements: true,
      fluent: expect.not.stringMatching(/^rgba\(0, 0, 0, 0\)$|geen/),
      demoCss: 'grid',
    });
    expect(await demo.violations()).toEqual([]);
    expect(demo.errors).toEqual([]);
    const origin = new URL(server.url).origin;
    expect(demo.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await page.close();
  });

  it("refuses an injected <style> with rules and a style attribute (no 'unsafe-inline')", async () => {
    const { page, violations } = await openDemo(browser, server.url);
    const tried = await page.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = 'body { visibility: hidden }';
      document.head.append(style);
      const div = document.createElement('div');
      div.setAttribute('style', 'display: none');
      document.body.append(div);
      await new Promise((done) => setTimeout(done, 100)); // violations are reported in a later task
      return { hidden: getComputedStyle(document.body).visibility, display: getComputedStyle(div).display };
    });
    expect(tried).toEqual({ hidden: 'visible', display: 'block' });
    expect((await violations()).map((v) => v.split(' ')[0]).sort()).toEqual(['style-src-attr', 'style-src-elem']);
    await page.close();
  });

  it('taskpane.html outside Excel: office.js and the bundles from the add-in only, the pane styled', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      document.addEventListener('securitypolicyviolation', (e) => w.seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`));
    });
    await page.goto(server.url.replace('demo.html', 'taskpane.html'));
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('style[data-merge-styles]')).some(
        (s) => ((s as HTMLStyleElement).sheet?.cssRules.length ?? 0) > 0,
      ),
    );
    await page.waitForTimeout(1000);
    const origin = new URL(server.url).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests.map((url) => new URL(url).pathname)).toEqual(
      expect.arrayContaining(['/office-js/office.js', '/taskpane.js', '/taskpane.css']),
    );
    // Outside Office, office.js takes its Office 2013 path and frames Microsoft's telemetry page
    // with a style attribute: both refused (also by the policy before issue 13). Nothing else.
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.filter((v) => !v.endsWith('/office-js/o15apptofilemappingtable.js'))).toEqual([]);
    await page.close();
  });
});
