import { FakeClientObject, type Found } from './proxy';

/** A collection proxy: `items` after loading (`load('items/name')` or `load('name')`). */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  get items(): T[] {
    return this.loaded<T[]>('items');
  }

  find(names: string[]): Found {
    const items = this.list();
    const found = items.map((item) => item.find(names.map((n) => n.replace(/^items\//, '')).filter((n) => n !== 'items')));
    return {
      response: { items: found.map((f) => f.response) },
      deliver: () => {
        this.store('items', items);
        found.forEach((f) => f.deliver());
      },
    };
  }

  /** At sync: a proxy for every item there is now. */
  protected abstract list(): T[];

  protected properties(): Record<string, () => unknown> {
    return {};
  }
}
