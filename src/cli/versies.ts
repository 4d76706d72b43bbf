import { formatTijdstip, versiesLezen, versieVastleggen, type VersieInfo } from '../workbook';
import { openEnBegin, schrijfKopie, uitInvoer, type Exit } from './commands';
import { EXIT, type Io } from './io';
import { reportFouten } from './report';

const scenarioTekst = (v: VersieInfo) => (v.scenarios.length === 0 ? 'geen (basis)' : v.scenarios.join(', '));

/** The versions as a table: label, when recorded (local time, as the Totaalbeeld says it), the scenarios that were on. */
function versieTabel(versies: readonly VersieInfo[]): string[] {
  const rijen = [
    ['Versie', 'Vastgelegd', "Scenario's"],
    ...versies.map((v) => [v.label, formatTijdstip(new Date(v.vastgelegd)), scenarioTekst(v)]),
  ];
  const breed = [0, 1].map((k) => Math.max(...rijen.map((r) => r[k].length)));
  return rijen.map((r) => `${r[0].padEnd(breed[0])}  ${r[1].padEnd(breed[1])}  ${r[2]}`);
}

/** `nplv versies IN`: the versions recorded in IN (sheet NPLV Versies); writes nothing. Exit 1 when that sheet is damaged, naming its cells. */
export async function versiesTonen(io: Io, invoer: string): Promise<Exit> {
  const geopend = await openEnBegin(io, invoer);
  if (typeof geopend === 'number') return geopend;
  const r = await uitInvoer(io, invoer, () => versiesLezen(geopend.werkmap.port));
  if (typeof r === 'number') return r;
  if (!r.ok) return (reportFouten(io, r.meldingen, invoer), EXIT.fouten);
  if (r.versies.length === 0) io.out(`${invoer} heeft geen vastgelegde versies.`);
  else versieTabel(r.versies).forEach((regel) => io.out(regel));
  return EXIT.klaar;
}

/**
 * `nplv vastleggen IN LABEL [-o OUT] [--scenario NAAM]... [--overschrijven]`: a copy of IN
 * (`IN-vastgelegd` by default; the output rules of herbereken) with the workbook as it stands
 * recorded as version LABEL. Exit 1, nothing written, when the workbook has errors or LABEL is taken.
 */
export async function vastleggenBestand(
  io: Io,
  invoer: string,
  label: string,
  gevraagd?: string,
  scenarios: readonly string[] = [],
  overschrijven = false,
): Promise<Exit> {
  return schrijfKopie(io, invoer, { gevraagd, overschrijven, achtervoegsel: '-vastgelegd' }, async (port) => {
    const r = await versieVastleggen(port, label, { scenarios });
    if (!r.ok) return r;
    return {
      klaar: () =>
        io.out(
          `Versie '${r.versie.label}' vastgelegd op ${formatTijdstip(new Date(r.versie.vastgelegd))}; scenario's: ${scenarioTekst(r.versie)}.`,
        ),
    };
  });
}
