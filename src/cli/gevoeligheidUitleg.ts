import { verwijzingTekst } from '../sheet';
import { gevoeligheidGemaaktMet, GEVOELIGHEID } from '../workbook';
import { openEnBegin, uitInvoer, usage, type Exit } from './commands';
import { gevoeligheidIn } from './gevoeligheid';
import { EXIT, type Io } from './io';

/**
 * `nplv uitleg UIT BLAD!CEL` for a Δ cell of the NPLV Gevoeligheid: the gevoeligheid is made
 * again with the steps its table's headers name and the scenarios its head says were on
 * (`--scenario`: these instead), and the cell's Δ explained: the key before and after, the
 * Rijksdeel, each max(0; …), with the cells. When the sheet shows another figure there than
 * the gevoeligheid now gives, a warning on stderr says so.
 */
export async function gevoeligheidUitleg(
  io: Io,
  invoer: string,
  cel: { blad: string; cel: string },
  verwijzing: string,
  scenarios: readonly string[],
): Promise<Exit> {
  const geopend = await openEnBegin(io, invoer);
  if (typeof geopend === 'number') return geopend;
  const kop = await uitInvoer(io, invoer, () => gevoeligheidGemaaktMet(geopend.werkmap.port));
  if (typeof kop === 'number') return kop;
  if (kop?.stappen === undefined)
    return usage(io, `'${invoer}' heeft geen blad ${GEVOELIGHEID} met een tabel; maak het met nplv gevoeligheid -o`);
  const r = await gevoeligheidIn(io, invoer, { stappen: kop.stappen, scenarios: scenarios.length > 0 ? scenarios : kop.scenarios });
  if (typeof r === 'number') return r;
  const regels = r.uitleg(cel.blad, cel.cel);
  if (!regels) return usage(io, `${verwijzing} toont geen Δ. Uitleg is er voor een Δ-cel van het blad ${GEVOELIGHEID}`);
  if (r.verouderd(cel.blad, cel.cel))
    io.err(
      `nplv: waarschuwing: het blad ${GEVOELIGHEID} toont in ${verwijzing} niet wat de gevoeligheid nu geeft; de uitleg is van de gevoeligheid nu (maak het blad opnieuw, met dezelfde --scenario's)`,
    );
  regels.forEach((r) => io.out(r.plekken.length > 0 ? `${r.tekst} (${r.plekken.map(verwijzingTekst).join('; ')})` : r.tekst));
  return EXIT.klaar;
}
