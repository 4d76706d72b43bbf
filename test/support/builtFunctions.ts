import { readFileSync } from 'fs';
import { join } from 'path';
import { runInNewContext } from 'vm';
import { fakeCustomFunctions } from '../unit/functions/fakeRuntime';

/** The functions of a build's functions.js, evaluated on its own and registered through a fake runtime, as Excel's does: by id. */
export function builtFunctions(dist: string): Map<string, (...args: unknown[]) => unknown> {
  const { runtime, associated } = fakeCustomFunctions();
  const context: Record<string, unknown> = { CustomFunctions: runtime, console };
  context.self = context;
  context.window = context;
  runInNewContext(readFileSync(join(dist, 'functions.js'), 'utf8'), context);
  return associated;
}
