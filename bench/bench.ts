// npm run bench: every measurement side by side, then every goal met or missed with the reason.
import { cpus } from 'os';
import { benchCliFile } from './cliFile';
import { benchEngine } from './engine';
import { benchFirstRender } from './firstRender';
import { benchFormulaModel } from './formulaBench';
import { formulaModelMs } from '../test/support/formulaModel';
import { benchFunctions } from './functions';
import { printGoals, type GoalResult } from './goals';
import { benchOffice } from './office';
import { benchPaneSize } from './paneSize';
import { benchScenarioUitleg } from './scenarioUitleg';

async function main(): Promise<void> {
  console.log(`NPLV benchmark — ${new Date().toISOString().slice(0, 16)}, node ${process.version}, ${cpus().length} cores\n`);
  const goals: GoalResult[] = [];
  const engine = await benchEngine(formulaModelMs);
  goals.push(...engine.goals, ...(await benchFormulaModel(engine.engineMs200k)));
  benchScenarioUitleg();
  benchFunctions();
  goals.push(...(await benchOffice()));
  goals.push(...(await benchCliFile()));
  const { dist, goals: size } = await benchPaneSize();
  goals.push(...size, ...(await benchFirstRender(dist)));
  printGoals(goals);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
