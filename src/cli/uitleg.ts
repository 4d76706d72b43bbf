import { uitlegRegels, verschilUitlegRegels } from '../engine';
import { leesEnBereken, openEnBegin, uitInvoer, usage, type Exit } from './commands';
import { EXIT, type Io } from './io';
import { reportFouten } from './report';
import { findSheet, GEVOELIGHEID, vergelekenMet, VERGELIJKING, workbookTekst, type ScenariosPerVersie } from '../workbook';
import { leesVerwijzing } from '../sheet';
import { vergelijkIn, type Tegen } from './vergelijk';
import { gevoeligheidUitleg } from './gevoeligheidUitleg';

/**
 * `nplv uitleg IN BLAD!CEL [--scenario NAAM]...`: how the figure in that cell is made, as the
 * engine renders it (`uitlegRegels`), for the cell as the next run writes it. Writes nothing.
 * Exit 2 for a cell that shows no output figure, 1 for a workbook with errors. A cell of the
 * NPLV Vergelijking sheet is explained by `vergelijkingUitleg`, one of the NPLV Gevoeligheid by
 * `gevoeligheidUitleg`.
 */
export async function uitleg(io: Io, invoer: string, verwijzing: string, scenarios: readonly string[] = [], met?: string): Promise<Exit> {
  const cel = leesVerwijzing(verwijzing);
  if (!cel) return usage(io, workbookTekst.geenCelVerwijzing(verwijzing));
  if (findSheet([cel.blad], [VERGELIJKING])) return vergelijkingUitleg(io, invoer, cel, verwijzing, scenarios, met);
  if (met !== undefined) return usage(io, `--met geldt alleen voor een cel van het blad ${VERGELIJKING}`);
  if (findSheet([cel.blad], [GEVOELIGHEID])) return gevoeligheidUitleg(io, invoer, cel, verwijzing, scenarios);
  const uitkomst = await leesEnBereken(io, invoer, scenarios);
  if (typeof uitkomst === 'number') return uitkomst;
  if (!uitkomst.ok) return (reportFouten(io, uitkomst.meldingen, invoer), EXIT.fouten);
  const u = uitkomst.uitleg(cel.blad, cel.cel);
  if (!u) return usage(io, workbookTekst.geenUitleg(verwijzing));
  uitlegRegels(u).forEach((regel) => io.out(regel));
  return EXIT.klaar;
}

// What the sheet's head says it compared with — a version of IN, or a file that `--met` must give (it may name another path) — and the scenarios on in each version.
async function kopVan(io: Io, invoer: string, met: string | undefined): Promise<{ tegen: Tegen; scenarios?: ScenariosPerVersie } | Exit> {
  const geopend = await openEnBegin(io, invoer);
  if (typeof geopend === 'number') return geopend;
  const kop = await uitInvoer(io, invoer, () => vergelekenMet(geopend.werkmap.port));
  if (typeof kop === 'number') return kop;
  const scenarios = kop?.scenarios;
  if (met !== undefined) return { tegen: { oud: met }, scenarios };
  if (!kop)
    return usage(
      io,
      `'${invoer}' heeft geen blad ${VERGELIJKING} dat zegt waarmee vergeleken is; geef het oude bestand op met --met OUD.xlsx`,
    );
  if (kop.oud.soort === 'versie') return { tegen: { versie: kop.oud.label }, scenarios };
  return usage(io, `het blad ${VERGELIJKING} vergeleek met het bestand '${kop.oud.naam}'; geef dat bestand op met --met ${kop.oud.naam}`);
}

/**
 * `nplv uitleg UIT BLAD!CEL` for a Δ cell (or a part of one) of the NPLV Vergelijking: the
 * comparison is made again — with the version its head names, or with the file given by
 * `--met` (required when the head names a file), and the scenarios the head records for each
 * version (`--scenario`: these on in both instead) — and the cell's difference explained per
 * cause (`verschilUitlegRegels`). When the sheet shows another figure there than the
 * comparison now gives (inputs changed since, other scenarios), a warning on stderr says so.
 */
async function vergelijkingUitleg(
  io: Io,
  invoer: string,
  cel: { blad: string; cel: string },
  verwijzing: string,
  scenarios: readonly string[],
  met?: string,
): Promise<Exit> {
  const kop = await kopVan(io, invoer, met);
  if (typeof kop === 'number') return kop;
  const kanten = scenarios.length > 0 ? { oud: scenarios, nieuw: scenarios } : (kop.scenarios ?? { oud: [], nieuw: [] });
  const r = await vergelijkIn(io, invoer, kop.tegen, { scenarios: kanten });
  if (typeof r === 'number') return r;
  const u = r.uitleg(cel.blad, cel.cel);
  if (!u)
    return usage(
      io,
      `${verwijzing} toont geen verschil. Uitleg is er voor een Δ-cel van het blad ${VERGELIJKING} en de delen per oorzaak ernaast`,
    );
  if (r.verouderd(cel.blad, cel.cel))
    io.err(
      `nplv: waarschuwing: het blad ${VERGELIJKING} toont in ${verwijzing} niet wat de vergelijking nu geeft; de uitleg is van de vergelijking nu (vergelijk opnieuw, met dezelfde --scenario's)`,
    );
  verschilUitlegRegels(u).forEach((regel) => io.out(regel));
  return EXIT.klaar;
}
