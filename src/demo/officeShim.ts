import type { FakeExcel } from '../fakeExcel';

type Action = (event: { completed(): void }) => unknown;

/** What the demo offers besides the pane: the ribbon's command, and news of every batch. */
export interface DemoOffice {
  /** Runs the ribbon button's action (manifest FunctionName), as Excel does on a click. */
  ribbon(actionId: string): Promise<void>;
}

/**
 * The globals office.js gives a shared-runtime pane, over the in-memory Excel: `Office.onReady`
 * (host Excel), `Office.actions.associate`, `Office.addin.showAsTaskpane` and `Excel.run`.
 * Installed before the real pane bundle runs, which then cannot tell it from Excel.
 * `changed` is called after every batch (`Excel.run`), whoever ran it.
 */
export function installOffice(excel: FakeExcel, changed: () => void): DemoOffice {
  const actions = new Map<string, Action>();
  const office = {
    HostType: { Excel: 'Excel' },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      return Promise.resolve().then(() => (callback?.(info), info));
    },
    actions: { associate: (id: string, action: Action) => void actions.set(id, action) },
    addin: { showAsTaskpane: () => Promise.resolve() },
  };
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => excel.run(batch).finally(changed);
  Object.assign(globalThis, { Office: office, Excel: { run } });
  return {
    ribbon: (actionId) =>
      new Promise<void>((resolve, reject) => {
        const action = actions.get(actionId);
        if (!action) return reject(new Error(`no action '${actionId}'`));
        void Promise.resolve(action({ completed: resolve })).catch(reject);
      }),
  };
}
