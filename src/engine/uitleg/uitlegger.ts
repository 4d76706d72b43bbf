import { ZERO } from '../decimal';
import type { PeriodeGroep } from '../bereken/groepen';
import { normalize } from '../names';
import type { ScenarioKeuze } from '../invoer/scenarios';
import type { DekkingInvoer, Invoer, OpgaveInvoer, Resultaat } from '../types';
import { pijlerTabel, totaalTabel } from './cijfers';
import { controleFiguur, geenJaarcijfer, totaleDekkingFiguur } from './controle';
import type { Figuur, Tabel } from './figuur';
import { maakIndex, type UitlegIndex } from './plaatsen';
import { onderdeelTabel, TERM } from './onderdeel';
import { rapportTabel } from './rapport';
import { regelTabel } from './regelCijfers';
import { naamMetGebied } from './sommen';
import type { Doel, Uitleg } from './types';

/** What the Uitleg needs of a computation: its input, its groups (with the dekking allocated) and its result. */
export interface UitlegGegevens {
  invoer: Invoer;
  groepen: readonly PeriodeGroep[];
  resultaat: Resultaat;
  telt: ScenarioKeuze['telt'];
}

const heeft = (tabel: object, veld: string) => Object.prototype.hasOwnProperty.call(tabel, veld);
const kop = (veld: string) => (heeft(TERM, veld) ? TERM[veld] : veld).replace(/^./, (c) => c.toUpperCase());

/**
 * How each output figure of a computation was made (issue 7, "Uitleg"): the formula of
 * MODEL.md, filled in with the inputs and their cells, and the figure exactly as the result
 * has it. Nothing is done until asked, so `bereken` pays nothing for it; the first question
 * indexes the groups once.
 *
 * Undefined for a doel that does not exist (an index out of range, an unknown name or field).
 * A row of a scenario that is off gives an Uitleg with waarde 0 that says so (`nietMeegeteld`).
 */
export function uitlegger(gegevens: UitlegGegevens): (doel: Doel) => Uitleg | undefined {
  const { invoer, groepen, resultaat, telt } = gegevens;
  let index: UitlegIndex | undefined;
  const idx = () => (index ??= maakIndex(groepen, resultaat));
  const scenarios = () => resultaat.scenarios.filter((s) => s.aan).map((s) => s.naam);
  const geef = (onderwerp: string, f: Figuur): Uitleg => ({ onderwerp, ...f, scenarios: scenarios() });
  const uitTabel = <V extends string>(tabel: Tabel<V> | undefined, veld: V, onderwerp: string) =>
    tabel && heeft(tabel, veld) ? geef(onderwerp, tabel[veld]()) : undefined;
  const telNiet = (onderwerp: string, row: OpgaveInvoer | DekkingInvoer): Uitleg => {
    const naam = resultaat.scenarios.find((s) => normalize(s.naam) === normalize(row.scenario ?? ''))?.naam ?? row.scenario ?? '';
    const formule = `telt niet mee: scenario ${naam} staat uit`;
    return { onderwerp, formule, ingevuld: '0', waarde: ZERO, termen: [], scenarios: scenarios(), nietMeegeteld: { scenario: naam } };
  };

  /** The perioden of the opgave rows of a block that count, in the order of the result. */
  const blokPerioden = (regels: readonly number[]) => {
    const defs = new Set(regels.filter((i) => telt(invoer.opgave[i])).map((i) => idx().regel(i)?.periode.def));
    return groepen.map((g) => g.def).filter((d) => defs.has(d));
  };

  function regel(index: number, veld: string): Uitleg | undefined {
    const row = invoer.opgave[index];
    if (!row || !heeft(resultaat.regels.at(index), veld)) return undefined;
    if (!telt(row)) return telNiet(`${kop(veld)} ${naamMetGebied(row)} ${row.periode}`, row);
    const plaats = idx().regel(index);
    if (!plaats) return undefined;
    const { opgaveRijen } = plaats.groep;
    const n = opgaveRijen.findIndex((r) => r.index === index);
    const onderwerp = `${kop(veld)} ${naamMetGebied(plaats.groep)} ${plaats.periode.def.periode}`;
    if (opgaveRijen.length === 1) return uitTabel(onderdeelTabel(invoer, plaats), veld as 'opgave', onderwerp);
    const tabel = regelTabel(invoer, plaats, resultaat.regels.at(index), n);
    return uitTabel(tabel, veld as 'dekking', `${onderwerp} (regel ${n + 1} van ${opgaveRijen.length})`);
  }

  function totaleDekking(index: number): Uitleg | undefined {
    const row = invoer.dekking[index];
    if (!row) return undefined;
    const onderwerp = `Totale dekking ${row.bron} (${row.onderdeel.trim() ? naamMetGebied(row) : 'pijler'}) ${row.periode}`;
    return telt(row)
      ? geef(onderwerp, totaleDekkingFiguur(invoer, index, resultaat.dekkingRegels.at(index).totaleDekking))
      : telNiet(onderwerp, row);
  }

  return (doel) => {
    switch (doel.soort) {
      case 'regel':
        return regel(doel.index, doel.veld);
      case 'totaleDekking':
        return totaleDekking(doel.index);
      case 'controle': {
        const c = invoer.controles?.[doel.index];
        if (!c || !heeft(resultaat.controles[doel.index], doel.veld)) return undefined;
        const onderwerp = `${kop(doel.veld)} controlerij '${c.label}'`;
        if (resultaat.controles[doel.index][doel.veld] === null) return geef(onderwerp, geenJaarcijfer(blokPerioden(c.regels)));
        return geef(onderwerp, controleFiguur(invoer, resultaat, telt, doel.index, doel.veld));
      }
      case 'onderdeel': {
        const plaats = idx().onderdeel(doel.periode, doel.pijler, doel.onderdeel, doel.gebied);
        const naam = plaats && `${naamMetGebied(plaats.groep)} ${plaats.periode.def.periode}`;
        return plaats && uitTabel(onderdeelTabel(invoer, plaats), doel.veld, `${kop(doel.veld)} ${naam}`);
      }
      case 'pijler': {
        const plaats = idx().pijler(doel.periode, doel.pijler);
        const naam = plaats && `${plaats.pijler.pijler} ${plaats.periode.def.periode}`;
        return plaats && uitTabel(pijlerTabel(invoer, plaats), doel.veld, `${kop(doel.veld)} ${naam}`);
      }
      case 'totaal': {
        const plaats = idx().periode(doel.periode);
        return plaats && uitTabel(totaalTabel(invoer, plaats), doel.veld, `${kop(doel.veld)} totaal ${plaats.periode.def.periode}`);
      }
      default: {
        const r = rapportTabel(invoer, groepen, resultaat, idx(), doel);
        return r && uitTabel(r.tabel, doel.veld, `${kop(doel.veld)} ${r.naam}`);
      }
    }
  };
}
