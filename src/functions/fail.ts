/**
 * A problem with a function's arguments: thrown by the argument checks, turned into the
 * cell's error value (#VALUE! or #N/A with the Dutch message) by `guard`.
 */
export class ArgumentFout extends Error {
  constructor(
    readonly code: 'invalidValue' | 'notAvailable',
    message: string,
  ) {
    super(message);
  }
}

export const ongeldig = (bericht: string) => new ArgumentFout('invalidValue', bericht);
export const nietBeschikbaar = (bericht: string) => new ArgumentFout('notAvailable', bericht);
