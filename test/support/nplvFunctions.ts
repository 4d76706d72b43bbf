import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import type { FakeCustomFunction, FakeFunctionMetadata } from '../../src/dev/fakeExcel';
import * as functions from '../../src/functions/functions';
import { installFakeRuntime } from '../unit/functions/fakeRuntime';

const SOURCE = join(__dirname, '../../src/functions/functions.ts');

/**
 * The NPLV custom functions as Excel has them, for the in-memory Excel: each exported function
 * of src/functions/functions.ts by its id, and the metadata Excel reads (functions.json),
 * generated from the JSDoc by the same generator the build uses, so that neither can drift
 * from the source. Installs the test runtime of `CustomFunctions` when there is none.
 */
export async function nplvFunctions(): Promise<{
  functions: Map<string, FakeCustomFunction>;
  metadata: { functions: FakeFunctionMetadata[] };
}> {
  if (!('CustomFunctions' in globalThis)) installFakeRuntime();
  const { metadataJson, associate, errors } = await generateCustomFunctionsMetadata(SOURCE);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  const byName = functions as unknown as Record<string, FakeCustomFunction>;
  const map = new Map(
    associate.map(({ id, functionName }) => {
      if (!byName[functionName]) throw new Error(`${functionName} (${id}) is not exported by functions.ts`);
      return [id.toUpperCase(), byName[functionName]] as const;
    }),
  );
  return { functions: map, metadata: JSON.parse(metadataJson) as { functions: FakeFunctionMetadata[] } };
}
