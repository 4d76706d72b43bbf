import { formatTijdstip } from '../totaalbeeld/meta';
import type { StapUitkomst, Vereiste, ZelftestRapport, ZelftestStap } from './types';

/** A step's outcome in one word, as the report and the pane show it. */
export const UITKOMST_WOORD: Record<StapUitkomst['soort'], string> = {
  ok: 'ok',
  fout: 'FOUT',
  'niet ondersteund': 'NIET ONDERSTEUND',
  overgeslagen: 'OVERGESLAGEN',
  afwijking: 'AFWIJKING',
};

/** What follows the step's name: the details, the error, the set it needs, the reason. */
export function uitkomstTekst(u: StapUitkomst): string {
  switch (u.soort) {
    case 'ok':
      return u.details ?? '';
    case 'fout':
      return `${u.code}: ${u.bericht}${u.plaats ? ` (plaats: ${u.plaats})` : ''}`;
    case 'niet ondersteund':
      return `vereist ${u.vereist}`;
    case 'overgeslagen':
      return u.reden;
    case 'afwijking':
      return `${u.verschillen.length} ${u.verschillen.length === 1 ? 'verschil' : 'verschillen'}`;
  }
}

/** Versions with the same answer in a row as one range: `ExcelApi 1.1–1.12 ja, 1.13–1.17 nee`. */
export function vereistenTekst(vereisten: readonly Vereiste[]): string {
  const namen = [...new Set(vereisten.map((v) => v.naam))];
  return namen
    .map((naam) => {
      const rij = vereisten.filter((v) => v.naam === naam);
      const stukken: string[] = [];
      for (let i = 0; i < rij.length;) {
        let j = i;
        while (j + 1 < rij.length && rij[j + 1].ondersteund === rij[i].ondersteund) j++;
        stukken.push(`${rij[i].versie}${j > i ? `–${rij[j].versie}` : ''} ${rij[i].ondersteund ? 'ja' : 'nee'}`);
        i = j + 1;
      }
      return `${naam} ${stukken.join(', ')}`;
    })
    .join('; ');
}

const KOLOM = Math.max(...Object.values(UITKOMST_WOORD).map((w) => w.length)) + 2;

function stapRegels(s: ZelftestStap, i: number): string[] {
  const tekst = uitkomstTekst(s.uitkomst);
  const maat =
    s.uitkomst.soort === 'niet ondersteund' || s.uitkomst.soort === 'overgeslagen'
      ? ''
      : `  [${s.syncs} ${s.syncs === 1 ? 'sync' : 'syncs'}, ${s.ms} ms]`;
  const kop = `${String(i + 1).padStart(2)}. ${UITKOMST_WOORD[s.uitkomst.soort].padEnd(KOLOM)}${s.naam}${tekst ? ` — ${tekst}` : ''}${maat}`;
  const verschillen = s.uitkomst.soort === 'afwijking' ? s.uitkomst.verschillen.map((v) => `      - ${v}`) : [];
  const onderdelen = (s.onderdelen ?? []).flatMap((o) => {
    const t = uitkomstTekst(o.uitkomst);
    const regel = `      ${UITKOMST_WOORD[o.uitkomst.soort].padEnd(KOLOM)}${o.naam}${t ? ` — ${t}` : ''}`;
    return [regel, ...(o.uitkomst.soort === 'afwijking' ? o.uitkomst.verschillen.map((v) => `          - ${v}`) : [])];
  });
  return [kop, ...verschillen, ...onderdelen];
}

/** The verdict: `geslaagd (11 van 11 stappen ok)` or `niet geslaagd (2 van 11 stappen niet ok)`; the pane shows it too. */
export function oordeel(r: ZelftestRapport): string {
  const mis = r.stappen.filter((s) => s.uitkomst.soort !== 'ok').length;
  return r.geslaagd
    ? `geslaagd (${r.stappen.length} van ${r.stappen.length} stappen ok)`
    : `niet geslaagd (${mis} van ${r.stappen.length} stappen niet ok)`;
}

/**
 * The report as plain text, to copy and mail (README: "Zelftest"): a head (verdict, time,
 * versions, host, requirement sets, the temporary sheet), then one line per step — number,
 * outcome, name, details or error, syncs and time — with its differences and checks indented.
 */
export function zelftestTekst(r: ZelftestRapport): string {
  return [
    `NPLV Zelftest: ${oordeel(r)}`,
    `Tijdstip: ${formatTijdstip(r.tijdstip)}`,
    `Add-in: ${r.addin}`,
    `Excel: ${r.host}, platform ${r.platform}, versie ${r.versie}`,
    `Requirement sets: ${vereistenTekst(r.vereisten)}`,
    `Tijdelijk blad: ${r.blad}${r.achtergelaten ? ` — NIET VERWIJDERD: verwijder het verborgen blad zelf (rechtsklik op een bladtab, Zichtbaar maken, dan Verwijderen)` : ''}`,
    '',
    ...r.stappen.flatMap(stapRegels),
    '',
  ].join('\n');
}
