import { FakeRichApiError } from './errors';

/**
 * A queued command as a failure selects it: its kind, the path of the object it is on (as
 * Office addresses it: `workbook.worksheets.getItem('Blad').charts.add('ColumnClustered')`),
 * and its names — the method called (`add`, `delete`, `select`, `clear`, `activate`,
 * `calculate`, `setValues`), the properties set (`values`, `numberFormat`, `visibility`), or
 * for a query `load` and the properties loaded (`numberFormat`, `format/font/bold`).
 */
export interface FakeAction {
  kind: 'query' | 'write' | 'call';
  path: string;
  names: string[];
  /** The command as queued (its part of the request's payload). */
  request: unknown;
}

/** Which command fails: a test of it, or its kind, one of its names, and (part of) its path. */
export type FakeActionMatch =
  ((action: FakeAction) => boolean) | { kind?: FakeAction['kind']; method?: string | RegExp; path?: string | RegExp };

/** How it fails: Excel's error code and message (default GeneralException), and how often (default: always). */
export interface FakeFailureOptions {
  code?: string;
  message?: string;
  times?: number;
}

/** A failure set with `FakeExcel.failOn`: how often it failed so far; `remove` ends it. */
export interface FakeFailure {
  readonly failed: number;
  remove(): void;
}

const GENERAL = 'There was an internal error while processing the request.';
const text = (pattern: string | RegExp, value: string) => (typeof pattern === 'string' ? value.includes(pattern) : pattern.test(value));
const same = (pattern: string | RegExp, value: string) => (typeof pattern === 'string' ? value === pattern : pattern.test(value));

// Keys of a command that are arguments of its method, not names.
const ARGUMENTS = new Set(['source', 'seriesBy', 'name', 'calculationType']);

/** A queued command's kind, path and names, from its request. */
export function describeAction(kind: FakeAction['kind'], request: unknown): FakeAction {
  const { path = '', load, call, set, ...rest } = (request ?? {}) as { path?: string; load?: string[]; call?: string; set?: object };
  const last = /\.(\w+)(?:\([^()]*\))?$/.exec(path)?.[1];
  const own = call ? [call] : set ? Object.keys(set) : Object.keys(rest).filter((k) => !ARGUMENTS.has(k));
  const names = kind === 'query' ? ['load', ...(load ?? [])] : own;
  return { kind, path, names: names.length > (kind === 'query' ? 1 : 0) || !last ? names : [...names, last], request };
}

/** The failures a test set: the first that matches a command, with times left, fails it. */
export class Failures {
  private readonly rules: { match: FakeActionMatch; options: FakeFailureOptions; failed: number }[] = [];

  add(match: FakeActionMatch, options: FakeFailureOptions = {}): FakeFailure {
    const rule = { match, options, failed: 0 };
    this.rules.push(rule);
    return {
      get failed() {
        return rule.failed;
      },
      remove: () => {
        const at = this.rules.indexOf(rule);
        if (at >= 0) this.rules.splice(at, 1);
      },
    };
  }

  /** Throws the error of the first failure that selects this command and has times left. */
  check(kind: FakeAction['kind'], request: unknown): void {
    if (this.rules.length === 0) return;
    const action = describeAction(kind, request);
    const rule = this.rules.find((r) => r.failed < (r.options.times ?? Infinity) && matches(r.match, action));
    if (!rule) return;
    rule.failed++;
    throw new FakeRichApiError(rule.options.code ?? 'GeneralException', rule.options.message ?? GENERAL, action.path);
  }
}

function matches(match: FakeActionMatch, action: FakeAction): boolean {
  if (typeof match === 'function') return match(action);
  const { kind, method, path } = match;
  return (
    (kind === undefined || kind === action.kind) &&
    (method === undefined || action.names.some((n) => same(method, n))) &&
    (path === undefined || text(path, action.path))
  );
}
