/** Every text the custom functions show in a cell's error tooltip, in one place. */
export const functionsTekst = {
  geenBedrag: (arg: string, detail: string) => `${arg}: ${detail}; verwacht een bedrag ≥ 0 (getal, leeg of '-')`,
  geenSleutel: (arg: string, detail: string) =>
    `${arg}: ${detail}; verwacht een onderdeel (bijv. "Nieuwbouw") of een verdeelsleutel tussen 0 en 1 (0,5 of 50%)`,
  sleutelBuitenBereik: (arg: string) => `${arg}: een verdeelsleutel ligt tussen 0 en 1 (0% en 100%)`,
  onderdeelOnbekend: (onderdeel: string) =>
    `onderdeel '${onderdeel}' heeft geen standaardverdeelsleutel; geef de pijler op ("Sociaal-maatschappelijk": 75%) of de sleutel zelf`,
  pijlerOnbekend: (pijler: string) => `pijler '${pijler}' is onbekend; verwacht "Fysiek" of "Sociaal-maatschappelijk"`,
  vorm: (a: string, b: string, va: string, vb: string) => `${a} (${va}) en ${b} (${vb}) moeten even groot zijn, of ${b} één cel`,
  methode: (m: string) => `methode '${m}' is onbekend; verwacht "saldering" (standaard) of "per onderdeel"`,
  periodeOnbekend: (naam: string, bekend: readonly string[]) =>
    `periode '${naam}' is onbekend; verwacht ${bekend.map((b) => `"${b}"`).join(', ')}, een reeks als "2026-2029" of een aantal jaren`,
  jaren: (arg: string) => `${arg}: verwacht een heel aantal jaren groter dan 0`,
  getal: (arg: string, ondergrens: string) => `${arg}: verwacht een getal ${ondergrens}`,
  aandeel: (arg: string) => `${arg}: verwacht een aandeel tussen 0 en 1 (0% en 100%)`,
  tabelFouten: (aantal: number, eerste: string) =>
    `${aantal === 1 ? 'de tabel bevat een fout' : `de tabellen bevatten ${aantal} fouten`}: ${eerste}`,
  periodeNietInTabel: (naam: string, bekend: readonly string[]) =>
    `periode '${naam}' komt niet voor in de tabellen (wel: ${bekend.join(', ')})`,
  geenScenario: (arg: string, waarde: string) =>
    `${arg}: ${waarde} is geen scenarionaam; verwacht een naam uit de kolom Scenario, of een bereik namen`,
  veldOnbekend: (naam: string, bekend: readonly string[], standaard = 'restopgave') =>
    `veld '${naam}' is onbekend; verwacht ${bekend.map((b) => `"${b}"`).join(', ')} (leeg: ${standaard})`,
  perJaarEenPeriode: (veld: string, perioden: readonly string[]) =>
    `${veld} geldt voor één periode; geef de periode op (${perioden.map((p) => `"${p}"`).join(' of ')})`,
  pijlerNietInTabel: (naam: string, perioden: readonly string[]) =>
    `pijler '${naam}' komt niet voor in de tabellen (${perioden.join(', ')})`,
  eenheidOnbekend: (arg: string, waarde: string, bekend: string) => `${arg}: eenheid '${waarde}' is onbekend; verwacht ${bekend}`,
  decimalen: (arg: string, max: number) => `${arg}: verwacht een geheel aantal decimalen van 0 tot en met ${max}`,
  geenVergelijking: (detail: string) => `de versies zijn niet te vergelijken: ${detail}`,
  delta: (arg: string) => `${arg}: verwacht een getal van -100 tot en met 100 procentpunt (bijv. 10 of -10, niet 10%)`,
  geenOnderdeel: (arg: string) => `${arg}: geef een onderdeel (bijv. "Nieuwbouw") of een pijler (bijv. "Sociaal-maatschappelijk")`,
  sleutelOnbekend: (naam: string, bekend: readonly string[]) =>
    `'${naam}' heeft geen verdeelsleutel in de tabellen; verwacht een onderdeel of de sleutel van een pijler: ${bekend.map((b) => `"${b}"`).join(', ')}`,
  sleutelInTweePijlers: (naam: string, pijlers: readonly string[]) =>
    `onderdeel '${naam}' staat in ${pijlers.join(' en ')}, elk met een eigen verdeelsleutel; schrijf ${pijlers.map((p) => `"${p}: ${naam}"`).join(' of ')}`,
  sleutelNietInPeriode: (naam: string, periode: string, perioden: readonly string[]) =>
    `de verdeelsleutel van '${naam}' is in periode '${periode}' niet in gebruik (wel in: ${perioden.join(', ')})`,
  sleutelPm: (naam: string, perioden: readonly string[]) =>
    `de verdeelsleutel van '${naam}' is PM (pro memorie) in ${perioden.join(', ')}: er is geen verschil te berekenen`,
  sleutelScenarioUit: (naam: string, scenarios: readonly string[]) =>
    `de verdeelsleutel van '${naam}' geldt alleen voor regels van ${scenarios.length === 1 ? 'scenario' : "scenario's"} ${scenarios.map((s) => `'${s}'`).join(', ')}; deze functie rekent het basisbeeld, zonder scenarioregels`,
  intern: (detail: string) => `interne fout in de NPLV-functie (${detail}); meld dit aan de beheerder`,
};
