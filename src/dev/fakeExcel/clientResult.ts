import type { FakeRequestContext } from './context';
import { richApiError } from './errors';

/** Like OfficeExtension.ClientResult: `value` only after the sync that answered it. */
export class FakeClientResult<T> {
  private answer: { value: T } | undefined;

  get value(): T {
    if (!this.answer) throw richApiError.propertyNotLoaded('value');
    return this.answer.value;
  }

  /** Queues the query that fills it. */
  static query<T>(context: FakeRequestContext, path: string, compute: () => T): FakeClientResult<T> {
    const result = new FakeClientResult<T>();
    context.enqueue({
      kind: 'query',
      request: { path },
      execute: () => {
        const value = compute();
        return { response: value, deliver: () => (result.answer = { value }) };
      },
    });
    return result;
  }
}
