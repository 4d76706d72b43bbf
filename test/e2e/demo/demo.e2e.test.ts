/**
 * The demo (npm run demo) in a real headless Chromium: the production build served on
 * localhost, the real pane bundle over the in-memory Excel, used as an analyst uses it.
 * Screenshots of the main states go to test-artifacts/demo/.
 */
import golden from '../../../src/voorbeeld/golden.json';
import { columnLetter } from '../../../src/sheet';
import { grid, herbereken, paneTexts, paneY, rowsOf, screenshot, sheetTabs, showSheet, shownRowsOf, status, typeIn } from './demoPage';
import { demoInChromium } from './demoSuite';
import { contrast } from '../../support/contrast';

jest.setTimeout(60_000);

/** `2.935`: a whole amount as the pane's texts write it. */
const duizendtallen = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

const OUTPUT = ['rijksdeel', 'dekking', 'rijksdekking', 'restopgave', 'restRijksopgave', 'jaarlijkseRestopgave', 'overschot'] as const;
const KOPPEN = ['Rijksdeel', 'Dekking', 'Rijksdekking', 'Restopgave', 'Rest. Rijksopgave', 'Jaarlijkse restopgave', 'Overschot dekking'];

type Onderdeel = (typeof golden.perioden)[number]['pijlers'][number]['onderdelen'][number];
const onderdelen: { periode: string; o: Onderdeel }[] = golden.perioden.flatMap((p) =>
  p.pijlers.flatMap((pijler) => pijler.onderdelen.map((o) => ({ periode: p.periode, o }))),
);

demoInChromium('the demo in Chromium', (suite) => {
  it('opens with the example workbook and the pane, nothing computed yet', async () => {
    const { page } = suite.demo;
    expect(await status(page).textContent()).toBe('Nog niet berekend');
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking']);
    const rows = rowsOf(await grid(page));
    expect(rows[2].slice(0, 9)).toEqual([
      'Periode',
      'Pijler',
      'Onderdeel',
      'Opgave',
      'Verdeelsleutel',
      'Scenario',
      'Bron raming',
      'Toelichting',
      null,
    ]);
    expect(rows[3].slice(0, 9)).toEqual(['tot 2030', 'Fysiek', 'Nieuwbouw', 445, null, null, null, null, null]);
    await screenshot(page, '1-geopend');
  });

  it('Herbereken fills the Opgave columns and the Totaalbeeld with the figures of golden.json', async () => {
    const { page } = suite.demo;
    expect(await herbereken(page)).toMatch(
      /^Berekend om \d\d:\d\d — 20 opgaveregels, 14 dekkingsregels \(6 regels in scenario's die uit staan\)$/,
    );
    await screenshot(page, '2-berekend');

    const rows = rowsOf(await grid(page));
    const kop = rows.findIndex((r) => r.includes('Onderdeel'));
    const col = (name: string) => rows[kop].indexOf(name);
    expect(KOPPEN.map(col)).toEqual(KOPPEN.map((_, i) => 8 + i)); // I… after the input columns (A–H: … Opgave, Verdeelsleutel, Scenario, Bron raming, Toelichting)
    const seen = onderdelen.map(({ periode, o }) => {
      const row = rows.find((r) => r[col('Periode')] === periode && r[col('Onderdeel')] === o.onderdeel);
      return row && OUTPUT.map((_, i) => row[8 + i]);
    });
    expect(seen).toEqual(onderdelen.map(({ o }) => OUTPUT.map((veld) => o[veld])));

    await showSheet(page, 'NPLV Totaalbeeld');
    await screenshot(page, '3-totaalbeeld');
    const tb = rowsOf(await grid(page));
    // The Totale opgave rows of the periode blocks (after Tabel 1's): after the example's sources, Subtotaal … per onderdeel.
    const [, ...blokken] = tb.filter((r) => r[0] === 'Totale opgave');
    const totalen = blokken.map((r, i) => r.slice(i === 0 ? 3 : 2).slice(0, 5));
    expect(totalen).toEqual(
      golden.perioden.map(({ totaal: t }) => [t.opgave, t.dekking, t.restopgave, t.jaarlijkseRestopgave, t.restopgavePerOnderdeel]),
    );
    // The per-onderdeel tables, tot 2030 first: each onderdeel's row in order of the periodes.
    const perOnderdeel = onderdelen.map(({ periode, o }) => {
      const n = onderdelen.filter(
        (x) =>
          x.o.onderdeel === o.onderdeel &&
          golden.perioden.findIndex((p) => p.periode === x.periode) < golden.perioden.findIndex((p) => p.periode === periode),
      ).length;
      return tb.filter((r) => r[0] === o.onderdeel)[n]?.slice(1, 9);
    });
    expect(perOnderdeel).toEqual(
      onderdelen.map(({ o }) => [
        o.opgave,
        o.verdeelsleutel,
        o.rijksdeel,
        o.dekking,
        o.rijksdekking,
        o.restopgave,
        o.restRijksopgave,
        o.overschot,
      ]),
    );
  });

  it("'n.b.' typed in an amount cell: the error is listed with its cell, and nothing is written", async () => {
    const { page } = suite.demo;
    await typeIn(page, 'D5', 'n.b.');
    const before = await grid(page);
    expect(await herbereken(page)).toBe('1 fout — niets geschreven');
    const fout = page.getByRole('listitem').filter({ hasText: "Opgave!D5: 'n.b.' is geen bedrag" });
    expect(await fout.count()).toBe(1);
    await screenshot(page, '4-fout');
    expect(await grid(page)).toEqual(before);
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking']);
    // The place is a link (a Fluent Link without href: a button) to the cell.
    await showSheet(page, 'Dekking');
    await page.getByRole('button', { name: 'Ga naar Opgave!D5' }).click();
    await page.getByRole('grid', { name: 'Blad Opgave' }).waitFor();
    expect(await page.getByLabel('Gekozen cel').textContent()).toBe('Opgave!D5');
  });

  it('a formula the in-memory Excel cannot compute (issue 13): an unknown name is #NAME? at its cell; one over a formula only Excel computes has no value, never 0', async () => {
    const { page } = suite.demo;
    // Typed as an analyst types a formula: the cell then shows its value, not the text typed.
    const formule = async (cel: string, text: string, waarde: string | null) => {
      await page.locator(`[data-cel="${cel}"]`).dblclick();
      const bar = page.getByRole('textbox', { name: 'Inhoud van de cel' });
      await bar.fill(text);
      await bar.press('Enter');
      await page.waitForFunction(([c, w]) => document.querySelector(`[data-cel="${c}"]`)?.getAttribute('data-waarde') === w, [cel, waarde]);
    };
    await formule('D5', '=FOO(1)', '{"error":"#NAME?"}'); // Excel's #NAME? (Dutch Excel: #NAAM?)
    await formule('D6', '=VLOOKUP(C6,Z:AA,2,FALSE)', null); // Excel's to compute, not the fake's: no value
    await formule('D7', '=D6*2', null); // was 0 before issue 13
    expect((await grid(page)).get('D5')).toEqual({ value: { error: '#NAME?' }, shown: '#NAAM?' }); // shown as Dutch Excel shows it
    expect(await herbereken(page)).toBe('3 fouten — niets geschreven');
    const gemeld = [
      'Opgave!D5: de cel bevat de foutwaarde #NAAM?',
      'Opgave!D6: formule =VLOOKUP(C6,Z:AA,2,FALSE) zonder berekende waarde',
      'Opgave!D7: formule =D6*2 zonder berekende waarde',
    ];
    expect(await Promise.all(gemeld.map((tekst) => page.getByRole('listitem').filter({ hasText: tekst }).count()))).toEqual([1, 1, 1]);
    await screenshot(page, '4b-formule-onbekend');
  });

  it('Ongedaan maken restores every cell and removes the Totaalbeeld', async () => {
    const { page } = suite.demo;
    const opgave = await grid(page);
    await showSheet(page, 'Dekking');
    const dekking = await grid(page);
    await herbereken(page);
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking', 'NPLV Totaalbeeld']);
    expect(await grid(page)).not.toEqual(dekking); // Totale dekking written
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page
      .getByText(/^Ongedaan gemaakt om/)
      .first()
      .waitFor();
    await screenshot(page, '5-ongedaan');
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking']);
    await showSheet(page, 'Dekking');
    expect(await grid(page)).toEqual(dekking);
    await showSheet(page, 'Opgave');
    expect(await grid(page)).toEqual(opgave);
  });

  it('shows workbook text that looks like HTML as text, in the grid and in the pane', async () => {
    const { page } = suite.demo;
    const html = '<img src=x onerror=alert(1)>';
    await typeIn(page, 'D4', html);
    expect(await herbereken(page)).toBe('1 fout — niets geschreven');
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: `Opgave!D4: '${html}' is geen bedrag` })
        .count(),
    ).toBe(1);
    expect((await grid(page)).get('D4')).toEqual({ value: html, shown: html });
    // the only image is the header's mark (Kop.tsx), none from the workbook's text
    expect(await page.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')))).toEqual(['assets/icon-20.png']);
    await screenshot(page, '6-html-als-tekst');
  });

  it('adds the Verdeelsleutels and Perioden sheets from the pane, and a changed key counts', async () => {
    const { page } = suite.demo;
    for (const item of ['Verdeelsleutels-blad toevoegen', 'Perioden-blad toevoegen']) {
      await page.getByRole('button', { name: 'Meer acties' }).click();
      await page.getByRole('menuitem', { name: item }).click();
      await page.getByRole('grid', { name: `Blad ${item.split('-')[0]}` }).waitFor();
    }
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking', 'Verdeelsleutels', 'Perioden']);
    await showSheet(page, 'Verdeelsleutels');
    const rows = rowsOf(await grid(page));
    const nieuwbouw = rows.findIndex((r) => r[1] === 'Nieuwbouw');
    expect(rows[nieuwbouw][2]).toBe(golden.perioden[0].pijlers[0].onderdelen[0].verdeelsleutel);
    // Nieuwbouw's key from 50% to 60%: its Rijksdeel tot 2030 is 445 × 0,6 = 267.
    await typeIn(page, `C${nieuwbouw + 1}`, '60%');
    await herbereken(page);
    await showSheet(page, 'Opgave');
    expect((await grid(page)).get('I4')).toEqual({ value: 267, shown: '267,0' }); // I: Rijksdeel
    await screenshot(page, '7-sleutelbladen');
  });

  it('runs under a Content-Security-Policy that refuses eval and inline script', async () => {
    const { page } = suite.demo;
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    // Both tries run in the page's own tasks: code run by the test itself is exempt from the policy.
    const tried = await page.evaluate(async () => {
      const w = window as unknown as { evalRan?: boolean; injected?: boolean; cspViolations: string[] };
      setTimeout('window.evalRan = true', 0); // a string as code: must be refused
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      await new Promise((done) => setTimeout(done, 100)); // violations are reported in a later task
      const refused = w.cspViolations.splice(0); // expected here, not a failure of the page
      return { evalRan: w.evalRan === true, injected: w.injected === true, refused: refused.length };
    });
    expect(tried).toEqual({ evalRan: false, injected: false, refused: 2 });
  });

  it("has the custom functions of the shared runtime, and they give the seed's figures without any request", async () => {
    const { page } = suite.demo;
    const before = suite.demo.requests.length;
    const got = await page.evaluate(async () => {
      const nplv = (window as unknown as { NPLV: Record<string, (...args: unknown[]) => unknown> }).NPLV;
      let fout = '';
      try {
        nplv.RIJKSDEEL([['n.b.']], [['Nieuwbouw']]);
      } catch (e) {
        fout = `${(e as { code: string }).code} ${(e as Error).message}`;
      }
      return { ids: Object.keys(nplv).sort(), rijksdeel: await nplv.RIJKSDEEL([[445]], [['Nieuwbouw']]), fout };
    });
    expect(got.ids).toHaveLength(11);
    expect(got.ids).toContain('SCENARIO');
    expect(got.ids).toContain('VERSCHIL'); // issue 17
    expect(got.ids).toContain('GEVOELIGHEID'); // issue 19
    expect(got.rijksdeel).toEqual([[222.5]]); // 445 × 50% (MODEL.md, Nieuwbouw)
    expect(got.fout).toMatch(/^#VALUE! .*n\.b\./);
    expect(suite.demo.requests.slice(before)).toEqual([]);
  });

  it("lists the example's scenarios before any run: Wbi naar rato switched on, then one Herbereken writes its figures", async () => {
    const { page } = suite.demo;
    const scenarios = page.getByRole('region', { name: "Scenario's" });
    await scenarios.getByRole('switch').first().waitFor();
    expect(
      await scenarios.getByRole('switch').evaluateAll((s) => s.map((e) => e.closest('.ms-Toggle')?.querySelector('label')?.textContent)),
    ).toEqual([
      'Funderingsherstel 1 mld · 2 opgaveregels',
      'Funderingsherstel 1,5 mld · 2 opgaveregels',
      'Wbi naar rato · 1 dekkingsregel',
      'AZWA · 1 dekkingsregel',
    ]);
    expect(await status(page).textContent()).toBe('Nog niet berekend');
    await scenarios.getByRole('switch', { name: /^Wbi naar rato/ }).click();
    await page.getByText(/^Doorgerekend met scenario Wbi naar rato, nog niet in de werkmap/).waitFor();
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking']); // nothing written yet
    await screenshot(page, '1b-scenario-voor-de-eerste-run');
    expect(await herbereken(page)).toMatch(/^Berekend om \d\d:\d\d met scenario Wbi naar rato — 20 opgaveregels, 15 dekkingsregels/);
    await showSheet(page, 'Dekking');
    expect(rowsOf(await grid(page)).find((r) => r[7] === 'Wbi naar rato')?.[8]).toBe(43); // I: Totale dekking (the report's 43 mln)
  });

  it("a scenario switched on with the keyboard: base vs scenario; Herbereken writes it; a clicked cell's Uitleg, whose link goes to the input", async () => {
    const { page } = suite.demo;
    await herbereken(page);
    const wbi = page.getByRole('switch', { name: /^Wbi naar rato/ });
    await wbi.focus();
    await page.keyboard.press('Space');
    await page.getByText(/^Doorgerekend met scenario Wbi naar rato, nog niet in de werkmap/).waitFor();
    await page.getByRole('tab', { name: '2030 t/m 2035' }).click();
    const vergelijking = page.getByRole('table', { name: "Basis en scenario's 2030 t/m 2035" });
    const dekking = vergelijking.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Dekking', exact: true }) });
    const g = golden.perioden[1].totaal;
    // Wbi: 43 mln on Nieuwbouw 2030 t/m 2035; mln with one decimal, as the Totaalbeeld shows mln by default.
    expect(await dekking.getByRole('cell').allTextContents()).toEqual([`${g.dekking},0`, `${g.dekking + 43},0`, '+43,0']);
    await screenshot(page, '8-scenario');

    expect(await herbereken(page)).toMatch(/^Berekend om \d\d:\d\d met scenario Wbi naar rato — 20 opgaveregels, 15 dekkingsregels/);
    await showSheet(page, 'Opgave');
    const rows = rowsOf(await grid(page));
    const rij = rows.findIndex((r) => r[0] === '2030 t/m 2035' && r[2] === 'Nieuwbouw') + 1;
    expect(rows[rij - 1][11]).toBe(445 - 43); // L: Restopgave (the computed columns from I, after the input columns A–H)
    await page.locator(`[data-cel="L${rij}"]`).click();
    const uitleg = page.getByRole('region', { name: 'Uitleg' });
    await uitleg.getByText(`Restopgave Nieuwbouw 2030 t/m 2035 = max(0; 445 − 43) = 402`).waitFor();
    expect(await uitleg.getByText("scenario's aan: Wbi naar rato").count()).toBe(1);
    await screenshot(page, '9-uitleg');
    const link = uitleg.getByRole('button', { name: /^Ga naar Dekking!/ });
    const plaats = (await link.textContent())!;
    await link.click();
    await page.getByRole('grid', { name: 'Blad Dekking' }).waitFor();
    expect(await page.getByLabel('Gekozen cel').textContent()).toBe(plaats.split(':')[0]); // the name box shows the range's first cell
    const wbiRij = rowsOf(await grid(page)).findIndex((r) => r[7] === 'Wbi naar rato') + 1;
    expect(plaats).toBe(`Dekking!E${wbiRij}:F${wbiRij}`);
    expect(await uitleg.getByText(/^Restopgave Nieuwbouw 2030 t\/m 2035/).count()).toBe(1); // stays: the input has no figure of its own
  });

  it('Versie vastleggen, a cell edited, Vergelijk: Δ restopgave tot 2030 +100 in the pane, all of it opgave; the NPLV Vergelijking sheet', async () => {
    const { page } = suite.demo;
    const versies = page.getByRole('region', { name: 'Versies' });
    await versies.getByRole('textbox', { name: 'Naam van de versie' }).fill('Totaalbeeld jan 2026');
    await versies.getByRole('button', { name: 'Versie vastleggen' }).click();
    await page.getByText("Versie 'Totaalbeeld jan 2026' vastgelegd in het verborgen blad NPLV Versies.").waitFor();
    expect(await versies.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Totaalbeeld jan 2026 · \d\d-\d\d-\d{4} \d\d:\d\dVergelijk met…Verwijderen$/),
    ]);
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking']); // NPLV Versies is hidden: no tab
    await screenshot(page, '10-versie-vastgelegd');

    await typeIn(page, 'D4', '545'); // Nieuwbouw tot 2030: 445 → 545
    await versies.getByRole('button', { name: 'Vergelijk met Totaalbeeld jan 2026' }).click();
    const tabel = page.getByRole('table', { name: 'Verschil tot 2030' });
    await tabel.waitFor();
    const rij = (naam: string) =>
      tabel
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: naam, exact: true }) })
        .getByRole('cell')
        .allTextContents();
    // The issue's hand-computed case: +100 restopgave, all of it opgave; the Rijk's part is Nieuwbouw's key of 50%: +50.
    expect(await rij('Verschil')).toEqual(['+100,0', '+50,0']);
    expect(await rij('waarvan Opgave gewijzigd')).toEqual(['+100,0', '+50,0']);
    expect(await tabel.getByRole('row').count()).toBe(5); // the header, the version, now, the difference and its one part
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking', 'NPLV Vergelijking']);
    await screenshot(page, '11-vergeleken');

    // The sheet's Δ restopgave of tot 2030 clicked: its Uitleg, the changed cell a link into the workbook.
    await showSheet(page, 'NPLV Vergelijking');
    const rows = rowsOf(await grid(page));
    const kop = rows.findIndex((r) => r[0] === 'tot 2030: oud, nieuw en verschil');
    const totaal = rows.findIndex((r, i) => i > kop && r[0] === 'Totaal tot 2030');
    await page.locator(`[data-cel="${columnLetter(rows[kop].indexOf('Δ Restopgave') + 1)}${totaal + 1}"]`).click();
    const uitleg = page.getByRole('region', { name: 'Uitleg' });
    const t = golden.perioden[0].totaal.restopgave;
    await uitleg.getByText(`Restopgave (saldering), tot 2030: ${duizendtallen(t)} → ${duizendtallen(t + 100)} (+100)`).waitFor();
    expect(await uitleg.getByRole('button').allTextContents()).toEqual(['Opgave!D4']);
    await screenshot(page, '12-uitleg-verschil');
  });

  it('Gevoeligheid berekenen: the NPLV Gevoeligheid sheet with its tornado; the first key selects its row (keyboard); a Δ cell its Uitleg', async () => {
    const { page } = suite.demo;
    const sectie = page.getByRole('region', { name: 'Gevoeligheid' });
    await sectie.getByRole('button', { name: 'Gevoeligheid berekenen' }).click();
    const tabel = sectie.getByRole('table', { name: 'Verdeelsleutels die het meest uitmaken' });
    await tabel.waitFor();
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking', 'NPLV Gevoeligheid']);
    expect(await tabel.getByRole('row').count()).toBe(6); // the header and five keys
    // The first by hand: the social pijler's key (75%) over its five onderdelen 2030 t/m 2035, 2.115 mln of opgave: ±10% = ±211,5.
    const eerste = tabel.getByRole('row').nth(1);
    expect(await eerste.getByRole('cell').allTextContents()).toEqual(['75%', '−211,5', '+211,5']);
    await screenshot(page, '16-gevoeligheid');

    // Its name a button: reached and pressed with the keyboard, it shows the sheet with the key's row selected.
    const sleutel = eerste.getByRole('button', { name: 'Sociaal-maatschappelijk (sleutel van de pijler), 2030 t/m 2035' });
    await sleutel.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('grid', { name: 'Blad NPLV Gevoeligheid' }).waitFor();
    const rows = rowsOf(await grid(page));
    const rij = rows.findIndex((r) => r[0] === 'Sociaal-maatschappelijk (alle onderdelen zonder eigen sleutel) — 2030 t/m 2035') + 1;
    const kop = rows.findIndex((r) => r[0] === 'Sleutel van');
    const laatste = columnLetter(rows[kop].filter((v) => v !== null).length);
    expect(await page.getByLabel('Gekozen cel').textContent()).toBe(`NPLV Gevoeligheid!A${rij}`); // the name box: the range's first cell
    const gekozen = await page.$$eval('[data-cel][aria-selected="true"]', (tds) => tds.map((td) => td.getAttribute('data-cel')));
    expect([gekozen[0], gekozen[gekozen.length - 1], gekozen.length]).toEqual([
      `A${rij}`,
      `${laatste}${rij}`,
      rows[kop].filter((v) => v !== null).length,
    ]);

    // The tornado right of the table: Δ totaal at −10 and +10 pp of the first 15 keys, bars left and right of 0.
    const tornado = page.getByRole('figure', { name: /^Grafiek Δ rest-Rijksopgave totaal \(saldering\) bij −10 en \+10 pp/ });
    expect(await tornado.locator('g[data-richting="balken"]').count()).toBe(1);
    expect(await tornado.locator('rect').count()).toBe(30);
    await screenshot(page, '17-gevoeligheid-blad');

    // A Δ cell: Nieuwbouw tot 2030 +10 pp, the issue's case (445 × 60% = 267).
    const nieuwbouw = rows.findIndex((r) => r[0] === 'Nieuwbouw — tot 2030') + 1;
    const kolom = columnLetter(rows[kop].indexOf('Δ totaal (saldering) +10 pp') + 1);
    expect(rows[nieuwbouw - 1][rows[kop].indexOf('Δ totaal (saldering) +10 pp')]).toBe(44.5);
    await page.locator(`[data-cel="${kolom}${nieuwbouw}"]`).click();
    const uitleg = page.getByRole('region', { name: 'Uitleg' });
    await uitleg.getByText('Δ rest-Rijksopgave totaal (saldering), tot 2030, bij Nieuwbouw +10 pp').waitFor();
    expect(await uitleg.getByRole('listitem').filter({ hasText: 'Rijksdeel Nieuwbouw (opgave × verdeelsleutel)' }).textContent()).toBe(
      'Rijksdeel Nieuwbouw (opgave × verdeelsleutel): 445 × 50% = 222,5 → 445 × 60% = 267 (Opgave!D4)',
    );
    await screenshot(page, '18-gevoeligheid-uitleg');
    await uitleg.getByRole('button', { name: 'Ga naar Opgave!D4' }).click();
    await page.getByRole('grid', { name: 'Blad Opgave' }).waitFor();
    expect(await page.getByLabel('Gekozen cel').textContent()).toBe('Opgave!D4');
  });

  it("the ribbon's Herbereken does the same as the pane's button", async () => {
    const { page } = suite.demo;
    await page.getByRole('button', { name: 'Herbereken (lint)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Berekend om/ })
      .waitFor();
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking', 'NPLV Totaalbeeld']);
    // Its success in view: the sheet it wrote is the one shown, from A1.
    expect(await page.getByRole('tablist', { name: 'Bladen' }).getByRole('tab', { selected: true }).textContent()).toBe('NPLV Totaalbeeld');
    await page.getByRole('grid', { name: 'Blad NPLV Totaalbeeld' }).waitFor();
    await screenshot(page, '13-lint-totaalbeeld');
  });

  it('in a pane of 320×723 the answer comes first: the Resultaat starts in view, above the Meldingen (issue 18)', async () => {
    const { page } = suite.demo;
    // The demo's pane column 320 px wide, the window as high as makes the pane 723 px.
    await page.evaluate(() => void ((document.querySelector('.demo') as HTMLElement).style.gridTemplateColumns = 'minmax(0, 1fr) 320px'));
    const boven = await page.$eval('#root', (el) => el.getBoundingClientRect().top);
    await page.setViewportSize({ width: 1400, height: Math.round(boven) + 723 });
    expect(await page.$eval('#root', (el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height])).toEqual([320, 723]);
    await herbereken(page);
    await page.getByRole('region', { name: 'Meldingen' }).waitFor();
    const y = {
      resultaat: await paneY(page, '#nplv-resultaat'),
      tabel: await paneY(page, 'table[aria-label^="Resultaat"]'),
      meldingen: await paneY(page, '#nplv-meldingen'),
      scenarios: await paneY(page, '#nplv-scenarios'),
    };
    expect(y.resultaat).toBeLessThan(y.meldingen);
    expect(y.meldingen).toBeLessThan(y.scenarios);
    expect(y.tabel).toBeLessThan(723 / 2); // the figures themselves on the first screen, not only the heading
    // Every column of it inside the pane: none cut off at its edge.
    const rand = await page.$eval('table[aria-label^="Resultaat"]', (t) => {
      const pane = document.getElementById('root')!;
      return [t.getBoundingClientRect().right, pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth];
    });
    expect(rand[0]).toBeLessThanOrEqual(rand[1]);
    await screenshot(page, '14-smal-resultaat-eerst');
  });

  it("the pane's figures are the texts of the Totaalbeeld's cells: 593,8 in both", async () => {
    const { page } = suite.demo;
    await herbereken(page);
    const pane = await page
      .getByRole('table', { name: /^Resultaat tot 2030/ })
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((r) => Array.from(r.children, (c) => c.textContent ?? '')));
    await showSheet(page, 'NPLV Totaalbeeld');
    const blad = shownRowsOf(await grid(page));
    const kop = blad.findIndex((r) => r[0].startsWith('tot 2030') && r.includes('Restopgave per jaar'));
    // The example splits the opgave per raming: its sum is the Subtotaal column.
    const kolommen = ['Subtotaal', 'Dekking', 'Restopgave', 'Restopgave per jaar'].map((k) => blad[kop].indexOf(k));
    const rij = (label: string) => kolommen.map((k) => blad.slice(kop).find((r) => r[0] === label)![k]);
    expect(pane).toEqual([
      ['Fysiek', ...rij('Fysieke pijler')],
      ['Sociaal-maatschappelijk', ...rij('Sociaal-maatschappelijke pijler')],
      ['Totaal', ...rij('Totale opgave')],
      ['waarvan Rijk', ...rij('Totale Rijksopgave')],
    ]);
    expect(pane[0][4]).toBe('593,8');
  });

  it('while a run is going the state line says so', async () => {
    const { page } = suite.demo;
    // Every state line the pane shows, noted as it changes (a run in memory is quick).
    await page.evaluate(() => {
      const w = window as unknown as { regels: string[] };
      w.regels = [];
      const regel = document.querySelector('[role="status"]')!;
      new MutationObserver(() => w.regels.push(regel.textContent ?? '')).observe(regel, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    await herbereken(page);
    const regels = await page.evaluate(() => (window as unknown as { regels: string[] }).regels);
    expect(regels[0]).toBe('Bezig met herberekenen…');
    expect(regels[regels.length - 1]).toMatch(/^Berekend om/);
  });

  it("Office's dark theme (?thema=donker): the pane is dark, and every text in it reads at a contrast of at least 4.5", async () => {
    const { page } = await suite.reopen('?thema=donker');
    await herbereken(page);
    await page.getByRole('region', { name: 'Meldingen' }).waitFor();
    await page
      .getByRole('region', { name: /^Waarschuwingen/ })
      .getByText(/\(2\)/)
      .waitFor();
    expect(await page.$eval('#root', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(38, 38, 38)');
    const teksten = await paneTexts(page);
    expect(teksten.length).toBeGreaterThan(50);
    const laag = teksten.filter((t) => contrast(t.color, t.background) < 4.5);
    expect(laag).toEqual([]);
    await screenshot(page, '15-donker');
  });
});
