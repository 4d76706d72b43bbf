import { Dec, type DekkingInvoer, type Melding, type OpgaveInvoer, type PeriodeInvoer, type SleutelInvoer } from '../../engine';
import { workbookTekst, VELDLABEL } from '../messages';
import { veldwaarde, type DataRij } from './readTable';

function text(r: DataRij, veld: string): string {
  const v = veldwaarde(r, veld);
  return typeof v === 'string' ? v : '';
}

function dec(r: DataRij, veld: string): Dec {
  const v = veldwaarde(r, veld);
  return v instanceof Dec ? v : new Dec(0);
}

// A required field that is empty (and not already reported as an error): a message.
function required<T>(r: DataRij, veld: string, meldingen: Melding[]): T | undefined {
  const v = veldwaarde(r, veld);
  if ((v === undefined || v === '') && !r.fouten.includes(veld))
    meldingen.push({
      ernst: 'fout',
      blad: r.herkomst.blad,
      cel: r.herkomst.cellen[veld] ?? '',
      bericht: workbookTekst.leeg(VELDLABEL[veld] ?? veld),
    });
  return v === '' ? undefined : (v as T | undefined);
}

// The optional Scenario column and the fields given as PM, only when there are any.
function scenarioEnPm<T extends { scenario?: string; pm?: readonly string[] }>(invoer: T, r: DataRij): T {
  const scenario = text(r, 'scenario');
  if (scenario) invoer.scenario = scenario;
  if (r.pm.length > 0) invoer.pm = r.pm;
  return invoer;
}

// The optional Bron raming column (issue 16), only when the row names one.
function bronRaming(invoer: OpgaveInvoer, r: DataRij): OpgaveInvoer {
  const bron = text(r, 'bronRaming').trim();
  if (bron) invoer.bronRaming = bron;
  return invoer;
}

// Every field the row has is in the object as made (properties added after it cost a store of their own per row).
export function opgaveInvoer(r: DataRij): OpgaveInvoer {
  const [periode, pijler, onderdeel, gebied, opgave, herkomst] = [
    text(r, 'periode'),
    text(r, 'pijler'),
    text(r, 'onderdeel'),
    text(r, 'gebied'),
    dec(r, 'opgave'),
    r.herkomst,
  ];
  const verdeelsleutel = veldwaarde(r, 'verdeelsleutel');
  const invoer: OpgaveInvoer =
    verdeelsleutel instanceof Dec
      ? { periode, pijler, onderdeel, gebied, opgave, verdeelsleutel, herkomst }
      : { periode, pijler, onderdeel, gebied, opgave, herkomst };
  return bronRaming(scenarioEnPm(invoer, r), r);
}

export function dekkingInvoer(r: DataRij): DekkingInvoer {
  return scenarioEnPm<DekkingInvoer>(
    {
      periode: text(r, 'periode'),
      pijler: text(r, 'pijler'),
      bron: text(r, 'bron'),
      onderdeel: text(r, 'onderdeel'),
      gebied: text(r, 'gebied'),
      cofinanciering: dec(r, 'cofinanciering'),
      rijksfinanciering: dec(r, 'rijksfinanciering'),
      herkomst: r.herkomst,
    },
    r,
  );
}

/** A Verdeelsleutels row; undefined (reported) when its rijksaandeel is missing. */
export function sleutelInvoer(r: DataRij, meldingen: Melding[]): SleutelInvoer | undefined {
  const rijksaandeel = required<Dec>(r, 'rijksaandeel', meldingen);
  if (!rijksaandeel) return undefined;
  return { pijler: text(r, 'pijler'), onderdeel: text(r, 'onderdeel'), rijksaandeel, herkomst: r.herkomst };
}

/** A Perioden row; undefined (reported) when a year is missing. */
export function periodeInvoer(r: DataRij, meldingen: Melding[]): PeriodeInvoer | undefined {
  const periode = required<string>(r, 'periode', meldingen);
  const eersteJaar = required<number>(r, 'eersteJaar', meldingen);
  const laatsteJaar = required<number>(r, 'laatsteJaar', meldingen);
  if (!periode || eersteJaar === undefined || laatsteJaar === undefined) return undefined;
  return { periode, eersteJaar, laatsteJaar, herkomst: r.herkomst };
}
