import type { FakeRequestContext } from './context';
import { richApiError } from './errors';

/** What a query found at sync: its part of the response, and how to hand it to the proxies. */
export interface Found {
  response: unknown;
  deliver(): void;
}

/** `'a, b'`, `['a', 'b']` or `{ select: 'a,b' }` → `['a', 'b']`. */
export function propertyNames(names?: string | string[] | { select?: string | string[] }): string[] {
  const list = typeof names === 'object' && !Array.isArray(names) ? names.select : names;
  const flat = Array.isArray(list) ? list : (list ?? '').split(',');
  return flat.map((n) => n.trim()).filter((n) => n !== '');
}

// 'a', 'b/c', 'b/d' → { own: ['a'], nested: { b: ['c', 'd'] } }
function split(names: string[]) {
  const own = names.filter((n) => !n.includes('/'));
  const nested = new Map<string, string[]>();
  for (const n of names.filter((n) => n.includes('/'))) {
    const [head, ...rest] = n.split('/');
    nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
  }
  return { own, nested };
}

/**
 * A proxy object like OfficeExtension.ClientObject: `load` queues a query, and a property can
 * be read only after the sync that answered it (else PropertyNotLoaded is thrown).
 */
export abstract class FakeClientObject {
  private readonly loadedValues = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    /** How Office would address it, for the request's payload and error locations. */
    readonly path: string,
  ) {}

  /** True for a `…OrNullObject` that found nothing; readable after a sync that loaded it. */
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw richApiError.propertyNotLoaded('isNullObject');
    return this.nullObject;
  }

  load(names?: string | string[] | { select?: string | string[] }): this {
    const list = propertyNames(names);
    this.context.enqueue({ kind: 'query', request: { path: this.path, load: list }, execute: () => this.find(list) });
    return this;
  }

  /** At sync: the values of these properties now; `a/b` is property b of navigation property a. */
  find(names: string[]): Found {
    const { own, nested } = split(names.length > 0 ? names : this.defaultProperties());
    const isNull = this.isNull();
    const ownValues = own.map((n): [string, unknown] => [n, isNull ? null : this.read(n)]);
    const children = [...nested].map(([nav, rest]): [string, Found] => [nav, this.navigate(nav).find(rest)]);
    return {
      response: Object.fromEntries([...ownValues, ...children.map(([n, f]) => [n, f.response])]),
      deliver: () => {
        this.nullObject = isNull;
        for (const [n, v] of ownValues) this.loadedValues.set(n, v);
        for (const [, f] of children) f.deliver();
      },
    };
  }

  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw richApiError.propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  protected store(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
  }

  /** The scalar properties it has, each read at sync; `load()` without names loads them all. */
  protected abstract properties(): Record<string, () => unknown>;

  /** Resolves the object at sync: true for a null object; throws when it is gone. */
  protected isNull(): boolean {
    return false;
  }

  protected navigate(name: string): FakeClientObject {
    throw richApiError.invalidArgument(this.path, `the fake has no navigation property '${name}'`);
  }

  /** Queues a command that changes the workbook. */
  protected enqueueWrite(request: object, execute: () => void): void {
    this.context.enqueue({ kind: 'write', request: { path: this.path, ...request }, execute });
  }

  private defaultProperties(): string[] {
    return Object.keys(this.properties());
  }

  private read(name: string): unknown {
    const property = this.properties()[name];
    if (!property) throw richApiError.invalidArgument(this.path, `the fake has no property '${name}'`);
    return property();
  }
}

/**
 * Resolves a proxy's object at its first use in a sync, and keeps it; ItemNotFound when the
 * object is gone since, or when there is none and the proxy is not an `…OrNullObject`.
 */
export function resolver<T>(
  path: string,
  lookup: () => T | undefined,
  stillThere: (found: T) => boolean,
  orNull = false,
): () => T | undefined {
  let found: T | undefined;
  return () => {
    found ??= lookup();
    if (found === undefined ? !orNull : !stillThere(found)) throw richApiError.itemNotFound(path);
    return found;
  };
}
