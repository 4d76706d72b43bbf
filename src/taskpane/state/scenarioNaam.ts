import { normalize } from '../../engine';

/** Whether two names are the same scenario, as the engine compares them: case, accents and spacing do not matter. */
export const zelfdeScenario = (a: string, b: string): boolean => normalize(a) === normalize(b);

/** Whether `namen` holds the scenario `naam`, however either spells it. */
export const heeftScenario = (namen: readonly string[], naam: string): boolean => namen.some((n) => zelfdeScenario(n, naam));
