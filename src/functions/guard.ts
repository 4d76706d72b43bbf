import { ArgumentFout } from './fail';
import { functionsTekst } from './messages';

/**
 * Runs a function body: its value, or the error value Excel shows in the cell (#VALUE! or
 * #N/A with a Dutch message), thrown as `CustomFunctions.Error` the way Office expects it.
 * Nothing else ever leaves one cell's evaluation: an unexpected exception becomes #VALUE!.
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    if (e instanceof ArgumentFout) throw new CustomFunctions.Error(CustomFunctions.ErrorCode[e.code], e.message);
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      functionsTekst.intern(e instanceof Error ? e.message : String(e)),
    );
  }
}
