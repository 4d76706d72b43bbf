// npm run bench: every measurement side by side, then every goal met or missed with the reason.
// `node build/bench/bench.js engine cli` runs only those parts (after npm run build:cli).
import { cpus } from 'os';
import { benchCliFile } from './cliFile';
import { benchEngine } from './engine';
import { benchFirstRender } from './firstRender';
import { benchFormulaModel } from './formulaBench';
import { formulaModelMs } from '../test/support/formulaModel';
import { benchFunctions } from './functions';
import { benchGevoeligheid } from './gevoeligheid';
import { printGoals, type GoalResult } from './goals';
import { benchOffice } from './office';
import { benchPaneSize } from './paneSize';
import { benchScenarioUitleg } from './scenarioUitleg';

/** The parts, in the order they run; each prints its measurements and returns its goals. */
const PARTS: Record<string, () => Promise<GoalResult[]>> = {
  async engine() {
    const engine = await benchEngine(formulaModelMs);
    return [...engine.goals, ...(await benchFormulaModel(engine.engineMs200k))];
  },
  async scenario() {
    benchScenarioUitleg();
    return [];
  },
  async gevoeligheid() {
    benchGevoeligheid();
    return [];
  },
  functions: benchFunctions,
  office: benchOffice,
  cli: benchCliFile,
  async pane() {
    const { dist, goals } = await benchPaneSize();
    return [...goals, ...(await benchFirstRender(dist))];
  },
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((p) => !(p in PARTS));
  if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}; the parts: ${Object.keys(PARTS).join(', ')}`);
  const parts = asked.length ? asked : Object.keys(PARTS);
  console.log(
    `NPLV benchmark — ${new Date().toISOString().slice(0, 16)}, node ${process.version}, ${cpus().length} cores${asked.length ? `; parts: ${parts.join(', ')}` : ''}\n`,
  );
  const goals: GoalResult[] = [];
  for (const part of Object.keys(PARTS).filter((p) => parts.includes(p))) goals.push(...(await PARTS[part]()));
  printGoals(goals);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
