import * as functions from '../../../src/functions/functions';

/**
 * The custom functions typed as Excel calls them. An enumerated argument (`@customenum`:
 * methode, veld, pijler, periode) is typed by its enum for the metadata, but the enum only
 * suggests: the analyst may type any text, or a number for a periode_of_jaren, and the
 * argument checks answer it. Tests call the functions with such values.
 */
type AlsIngetypt<T> = T extends string ? string | number : T;
type InExcel<F> = F extends (...args: infer A) => infer R ? (...args: { [K in keyof A]: AlsIngetypt<A[K]> }) => R : never;

export const f = functions as unknown as { [K in keyof typeof functions]: InExcel<(typeof functions)[K]> };
