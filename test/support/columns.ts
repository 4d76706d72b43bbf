import type { Columns } from '../../src/engine';

/** Every row of a result's columns, as exact figures: to compare or print whole results. */
export const allRows = <T>(columns: Columns<T>): T[] => Array.from({ length: columns.length }, (_, i) => columns.at(i));
