import fc from 'fast-check';
import type { Melding, Resultaat } from '../../../src/engine';
import { a1 } from '../../../src/sheet/address';
import type { WorkbookPort } from '../../../src/workbook/port';
import { herberekenWerkmap, type HerberekenUitkomst } from '../../../src/workbook/herbereken';
import type { Adapter } from './adapter';
import { metDatums, datumplan } from './datums';
import { dubbeleKoppen, hernoem, hernoeming } from './dubbel';
import { isTotaalbeeld, type Plaats } from './eigen';
import { formuleplan, metOngerekend } from './ongerekend';
import { verschillen } from './snapshot';
import { zonderVerwijzingen } from './telcellen';
import { dubbeleKopWerkmap, leesbareWerkmap } from './willekeurig';
import type { Werkmap } from './werkmap';
import { allRows } from '../../support/columns';

const NU = new Date(2026, 10, 22, 14, 32);

/** A case of issue 12's properties: the workbook, the same with what its cells count as, and what the run must say besides. */
export interface Geval12 {
  w: Werkmap;
  w0: Werkmap;
  /** `Blad!A1` → the error there instead of the one `n.b.` gives in `w0`. */
  vervang: Map<string, string>;
  /** Messages (`ernst Blad!A1: bericht`) the run of `w` gives besides those of `w0`: warnings with a result, errors in any case. */
  extra: string[];
  /** Cells that differ between `w` and `w0`, by `Blad!A1`. */
  anders: Set<string>;
}

const regel = (m: Melding) => `${m.ernst} ${m.blad}!${m.cel}: ${m.bericht}`;
const cijfers = (r: Resultaat) =>
  JSON.stringify([r.perioden, allRows(r.regels), allRows(r.dekkingRegels), r.controles, r.sleutels, r.periodenInGebruik]);
const fouten = (u: HerberekenUitkomst) => u.meldingen.filter((m) => m.ernst === 'fout');

/** How the run of `w` must differ from that of `w0`: errors replaced at their cells, and messages added. */
function vergelijk(g: Geval12, u: HerberekenUitkomst, u0: HerberekenUitkomst): string[] {
  const extraFouten = g.extra.filter((r) => r.startsWith('fout '));
  if (u0.ok) {
    if (g.vervang.size > 0) return [`model: no error at ${[...g.vervang.keys()]} with 'n.b.' there`];
    if (!u.ok) return [`errors, where the same workbook with constants gives a result: ${u.meldingen.slice(0, 5).map(regel)}`];
    if (cijfers(u.resultaat) !== cijfers(u0.resultaat)) return ['the figures differ from those of the same workbook with constants'];
    return gelijkeLijst(u.meldingen.map(regel), [...u0.meldingen.map(regel), ...g.extra]);
  }
  if (u.ok) return [`a result, where the same workbook with constants has errors: ${u0.meldingen.slice(0, 5).map(regel)}`];
  const gevonden = new Set<string>();
  const verwacht = fouten(u0).map((m) => {
    const plaats = `${m.blad}!${m.cel}`;
    const nieuw = g.vervang.get(plaats);
    if (nieuw === undefined || !m.bericht.startsWith("'n.b.'")) return regel(m);
    gevonden.add(plaats);
    return regel({ ...m, bericht: nieuw });
  });
  const zonder = [...g.vervang.keys()].filter((p) => !gevonden.has(p));
  if (zonder.length > 0) return [`model: no error at ${zonder} with 'n.b.' there`];
  return [...gelijkeLijst(fouten(u).map(regel), verwacht), ...missend(fouten(u).map(regel), extraFouten)];
}

// Two lists of messages equal as multisets (extra errors are checked by `missend`).
function gelijkeLijst(gekregen: string[], verwacht: string[]): string[] {
  const [a, b] = [[...gekregen].sort(), [...verwacht].sort()];
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [
    `messages differ:\n  got      ${a.filter((x) => !b.includes(x)).join('\n           ')}\n  expected ${b.filter((x) => !a.includes(x)).join('\n           ')}`,
  ];
}

const missend = (gekregen: string[], verwacht: string[]) =>
  verwacht.filter((r) => gekregen.filter((x) => x === r).length !== 1).map((r) => `not once: ${r}`);

/** Issue 12's three properties on one adapter; `eigenschap` counts the runs that reached their comparison. */
export function eigenschappen12(
  adapter: Adapter,
  eigenschap: (
    naam: string,
    gevallen: fc.Arbitrary<Geval12>,
    minimum: number,
    check: (g: Geval12, port: WorkbookPort) => Promise<boolean>,
  ) => void,
): void {
  const k = adapter.kenmerken;
  const basis = leesbareWerkmap(k).map(zonderVerwijzingen);

  // The run of `w` against that of `w0`; with results, the sheets too (but for the cells that differ and the Totaalbeeld).
  const check = async (g: Geval12, port: WorkbookPort) => {
    const u = await herberekenWerkmap(port, { nu: NU });
    const port0 = await adapter.maak(g.w0);
    const u0 = await herberekenWerkmap(port0, { nu: NU });
    const problemen = vergelijk(g, u, u0);
    if (problemen.length === 0 && u.ok) {
      const anders: Plaats = (blad, rij, kolom) =>
        isTotaalbeeld(blad) || (rij !== undefined && kolom !== undefined && g.anders.has(`${blad}!${a1(rij, kolom)}`));
      const na0 = await adapter.snapshot(await adapter.heropen(port0));
      problemen.push(...verschillen(na0, await adapter.snapshot(await adapter.heropen(port)), anders).slice(0, 10));
    }
    if (problemen.length > 0) throw new Error(problemen.join('\n'));
    return g.anders.size > 0 && (u.ok || g.vervang.size > 0 || g.extra.length > 0);
  };

  const ongerekend = fc.tuple(basis, fc.array(formuleplan, { minLength: 1, maxLength: 3 })).map(([w, plannen]): Geval12 => {
    const m = metOngerekend(w, plannen, k);
    const plaats = (c: { blad: string; adres: string }) => `${c.blad}!${c.adres}`;
    return {
      w: m.w,
      w0: m.w0,
      vervang: new Map(m.geplaatst.flatMap((p) => (p.melding?.ernst === 'fout' ? [[plaats(p.cel), p.melding.bericht] as const] : []))),
      extra: m.geplaatst.flatMap((p) =>
        p.melding?.ernst === 'waarschuwing' ? [`waarschuwing ${plaats(p.cel)}: ${p.melding.bericht}`] : [],
      ),
      anders: new Set(m.geplaatst.map((p) => plaats(p.cel))),
    };
  });
  eigenschap(
    `8. a formula without a value counts as its exact value with a warning when simple, else is an error at its cell${k.formuleZonderWaarde ? '' : ' (here Excel computes it)'}`,
    ongerekend,
    // Measured over 300 runs: every run where a cell can hold a formula without value; where Excel computes it, those with a result.
    k.formuleZonderWaarde ? 0.95 : 0.45,
    check,
  );

  const gedateerd = fc.tuple(basis, fc.array(datumplan, { minLength: 1, maxLength: 3 })).map(([w, plannen]): Geval12 => {
    const m = metDatums(w, plannen);
    const plaats = (c: { blad: string; adres: string }) => `${c.blad}!${c.adres}`;
    return {
      w: m.w,
      w0: m.w0,
      vervang: new Map(m.geplaatst.flatMap((p) => (p.bericht ? [[plaats(p.cel), p.bericht] as const] : []))),
      extra: [],
      anders: new Set(m.geplaatst.map((p) => plaats(p.cel))),
    };
  });
  eigenschap(
    '9. a date or time in an amount or key cell is an error at its cell; other formats with letters are no date',
    gedateerd,
    0.9,
    check,
  );

  const dubbel = fc.tuple(dubbeleKopWerkmap(k), fc.option(hernoeming, { nil: undefined })).map(([w, h]): Geval12 => {
    const wh = h ? hernoem(w, h) : w;
    const { w0, verwacht } = dubbeleKoppen(wh);
    const anders = new Set(verwacht.map((d) => `${d.blad}!${d.cel}`));
    w0.bladen.forEach((b, i) =>
      b.rows.forEach((r, ri) => r.forEach((v, c) => v !== wh.bladen[i].rows[ri][c] && anders.add(`${b.name}!${a1(ri + 1, c + 1)}`))),
    );
    return { w: wh, w0, vervang: new Map(), extra: verwacht.map((d) => `${d.ernst} ${d.blad}!${d.cel}: ${d.bericht}`), anders };
  });
  eigenschap('10. a field named by two headers: the canonical one read with a warning, else an error naming both', dubbel, 0.85, check);
}
