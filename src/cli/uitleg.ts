import { uitlegRegels } from '../engine';
import { leesEnBereken, usage, type Exit } from './commands';
import { EXIT, type Io } from './io';
import { reportFouten } from './report';
import { workbookTekst } from '../workbook';
import { leesVerwijzing } from '../sheet';

/**
 * `nplv uitleg IN BLAD!CEL [--scenario NAAM]...`: how the figure in that cell is made, as the
 * engine renders it (`uitlegRegels`), for the cell as the next run writes it. Writes nothing.
 * Exit 2 for a cell that shows no output figure, 1 for a workbook with errors.
 */
export async function uitleg(io: Io, invoer: string, verwijzing: string, scenarios: readonly string[] = []): Promise<Exit> {
  const cel = leesVerwijzing(verwijzing);
  if (!cel) return usage(io, workbookTekst.geenCelVerwijzing(verwijzing));
  const uitkomst = await leesEnBereken(io, invoer, scenarios);
  if (typeof uitkomst === 'number') return uitkomst;
  if (!uitkomst.ok) return reportFouten(io, uitkomst.meldingen, invoer), EXIT.fouten;
  const u = uitkomst.uitleg(cel.blad, cel.cel);
  if (!u) return usage(io, workbookTekst.geenUitleg(verwijzing));
  uitlegRegels(u).forEach((regel) => io.out(regel));
  return EXIT.klaar;
}
