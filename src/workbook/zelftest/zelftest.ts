import { OfficeWorkbook, type ExcelRun } from '../adapters/office/officeWorkbook';
import { BladStappen } from './bladStappen';
import { berekeningsmodus, selectie } from './excelStappen';
import { proefGrafieken, tijdelijkeNaam, voorbeeldBlokken } from './indeling';
import { tellendeRun, voerUit, type StapResultaat } from './meten';
import { functiesToetsen, herberekenVoorbeeld } from './rekenStappen';
import type { SheetGrid } from '../port';
import type { Vereiste, ZelftestOmgeving, ZelftestRapport, ZelftestStap } from './types';

/** The requirement sets the report lists: those the add-in uses or asks for in its manifest. */
const SETS: [string, string[]][] = [
  ['ExcelApi', Array.from({ length: 17 }, (_, i) => `1.${i + 1}`)],
  ['SharedRuntime', ['1.1']],
  ['CustomFunctionsRuntime', ['1.1', '1.2', '1.3', '1.4']],
  ['RibbonApi', ['1.1']],
  ['AddinCommands', ['1.1']],
];

/** Whether the host has a requirement set: `isSetSupported`, false where it throws. */
const vraagSet = (omgeving: ZelftestOmgeving) => (naam: string, versie: string) => {
  try {
    return omgeving.isSetSupported(naam, versie) === true;
  } catch {
    return false;
  }
};

const GEDULD = 30_000;

/**
 * The Zelftest: every Excel API the add-in relies on, run on a temporary hidden sheet through
 * the add-in's own Office adapter, each step with its outcome and syncs; then the example's
 * tables copied there, read back and computed (golden.json's figures), and every NPLV.*
 * function through a formula on that sheet. The sheet is removed at the end whatever
 * happened, and nothing else in the workbook is written. Never throws: every error is a step's outcome.
 */
export async function zelftest(excelRun: ExcelRun, omgeving: ZelftestOmgeving): Promise<ZelftestRapport> {
  const ondersteund = vraagSet(omgeving);
  const sets: Vereiste[] = SETS.flatMap(([naam, versies]) =>
    versies.map((versie) => ({ naam, versie, ondersteund: ondersteund(naam, versie) })),
  );
  const heeft = (vereist: string) => ondersteund(...(vereist.split(' ') as [string, string]));
  const teller = tellendeRun(excelRun);
  const stappen: ZelftestStap[] = [];
  const stap = async (naam: string, vereist: string, body: () => Promise<StapResultaat>) => {
    const s = await voerUit(naam, vereist, heeft, teller, body);
    stappen.push(s);
    return s.uitkomst.soort === 'ok';
  };
  // A step that builds on an earlier one: OVERGESLAGEN, with the reason, when that one failed (`reden` given).
  const stapNa = async (reden: string | undefined, naam: string, vereist: string, body: () => Promise<StapResultaat>) => {
    if (reden === undefined) return stap(naam, vereist, body);
    stappen.push({ naam, vereist, uitkomst: { soort: 'overgeslagen', reden }, syncs: 0, ms: 0 });
    return false;
  };

  let voor: string[] = [];
  let blad = 'NPLV Zelftest';
  const gelezen = await stap('Bladen en kopregels lezen', 'ExcelApi 1.1', async () => {
    voor = await new OfficeWorkbook(teller.run).sheetNames();
    blad = tijdelijkeNaam(voor);
    return { uitkomst: { soort: 'ok', details: `${voor.length} bladen` } };
  });
  await stap('Berekeningsmodus lezen', 'ExcelApi 1.8', () => berekeningsmodus(teller.run));
  await stap('Selectie lezen en volgen', 'ExcelApi 1.2', () => selectie(teller.run));

  const bladStappen = new BladStappen(teller, blad, heeft('ExcelApi 1.12'));
  const blokken = voorbeeldBlokken(blad, omgeving.voorbeeld.opgave, omgeving.voorbeeld.dekking);
  let gemaakt = false;
  let achtergelaten = false;
  try {
    const nietGelezen = gelezen ? undefined : 'de bladen van de werkmap zijn niet gelezen';
    const toegevoegd = await stapNa(nietGelezen, 'Verborgen blad toevoegen', 'ExcelApi 1.1', () => bladStappen.toevoegen());
    gemaakt = toegevoegd || (gelezen && (await bestaat(bladStappen)));
    const geenBlad = toegevoegd ? undefined : 'het tijdelijke blad is niet gemaakt';
    await stapNa(geenBlad, 'Waarden, formules en opmaak schrijven', 'ExcelApi 1.9', () => bladStappen.schrijven(blokken));
    await stapNa(geenBlad, 'Kolombreedtes', 'ExcelApi 1.2', () => bladStappen.breedtes(omgeving.voorbeeld.opgave.columnWidths ?? []));
    await stapNa(geenBlad, 'Rijen groeperen', 'ExcelApi 1.12', () => bladStappen.groeperen());
    await stapNa(geenBlad, 'Grafieken', 'ExcelApi 1.8', () => bladStappen.grafieken(proefGrafieken(blokken[0])));
    let grid: SheetGrid | undefined;
    await stapNa(geenBlad, 'Terug lezen: waarden, formules, getalnotaties', 'ExcelApi 1.1', async () => {
      const gelezen = await bladStappen.lezen(blokken);
      grid = gelezen.grid;
      return gelezen.resultaat;
    });
    const g = grid;
    await stapNa(g ? undefined : 'het blad is niet gelezen', 'Herberekening van het voorbeeld', 'ExcelApi 1.1', async () =>
      herberekenVoorbeeld(g!, blokken, omgeving.golden),
    );
    await stapNa(geenBlad, 'Aangepaste functies (NPLV.*)', 'SharedRuntime 1.1', () =>
      functiesToetsen(bladStappen.port, blad, blokken, omgeving.golden, omgeving.geduld ?? GEDULD),
    );
  } finally {
    if (gemaakt && !(await stap('Tijdelijk blad verwijderen', 'ExcelApi 1.1', () => bladStappen.verwijderen(voor))))
      achtergelaten = await bestaat(bladStappen);
  }
  return {
    tijdstip: omgeving.nu(),
    host: omgeving.host,
    platform: omgeving.platform,
    versie: omgeving.versie,
    addin: omgeving.addin,
    vereisten: sets,
    stappen,
    blad,
    achtergelaten,
    geslaagd: stappen.every((s) => s.uitkomst.soort === 'ok'),
  };
}

/** Whether the sheet is there after all (its making failed half-way): then it must be removed. */
async function bestaat(stappen: BladStappen): Promise<boolean> {
  try {
    return (await stappen.port.sheetNames()).includes(stappen.blad);
  } catch {
    return false;
  }
}
