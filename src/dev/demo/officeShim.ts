import type { FakeExcel, FakeFunctionMetadata } from '../fakeExcel';

type Action = (event: { completed(): void }) => unknown;

/** What the demo offers besides the pane: the ribbon's command and the custom functions. */
export interface DemoOffice {
  /** Runs the ribbon button's action (manifest FunctionName), as Excel does on a click. */
  ribbon(actionId: string): Promise<void>;
  /** The custom functions by id (`RIJKSDEEL`), as functions.js registered them; the in-memory Excel's formulas call them. */
  functions: Map<string, (...args: unknown[]) => unknown>;
  /** Gives the in-memory Excel functions.json, so that it passes each argument as Excel does. */
  metadata(metadata: { functions: FakeFunctionMetadata[] }): void;
}

/** What `Office.context.diagnostics` tells of the host: the demo poses as Excel on the web. */
export const DEMO_DIAGNOSTICS = { host: 'Excel', platform: 'OfficeOnline', version: 'demo' }; // a Zelftest report from the demo must not pass for Excel's

/** Office's theme the demo gives with `?thema=donker`: dark, about as Office's Black theme. */
export const DONKER_THEMA = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#ffffff',
  controlBackgroundColor: '#363636',
  controlForegroundColor: '#ffffff',
};

/** Excel's `CustomFunctions.Error`: a cell error with a message. */
class CellError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

/**
 * The globals office.js gives a shared runtime, over the in-memory Excel: `Office.onReady`
 * (host Excel), `Office.actions.associate`, `Office.addin.showAsTaskpane`,
 * `Office.context.requirements.isSetSupported`, `Office.context.diagnostics`, `Excel.run` and
 * `CustomFunctions`; `Office.context.officeTheme` when `thema` is given. Installed before the real bundles run (taskpane.js, functions.js), which
 * then cannot tell it from Excel. The functions functions.js registers are the ones the
 * in-memory Excel's formulas call (`=NPLV.RIJKSDEEL(445,"Nieuwbouw")`), looked up when a formula is calculated.
 * `changed` is called after every batch (`Excel.run`), whoever ran it.
 */
export function installOffice(excel: FakeExcel, changed: () => void, thema?: typeof DONKER_THEMA): DemoOffice {
  const actions = new Map<string, Action>();
  const office = {
    HostType: { Excel: 'Excel' },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      return Promise.resolve().then(() => (callback?.(info), info));
    },
    actions: { associate: (id: string, action: Action) => void actions.set(id, action) },
    addin: { showAsTaskpane: () => Promise.resolve() },
    // The in-memory Excel has every requirement set the add-in asks about (row outlines: ExcelApi 1.12).
    context: { requirements: { isSetSupported: () => true }, diagnostics: DEMO_DIAGNOSTICS, officeTheme: thema },
  };
  type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
  // Excel.run(batch), or Excel.run(context, batch) in an earlier batch's context.
  const run = <T>(first: Batch<T> | OfficeExtension.ClientRequestContext, batch?: Batch<T>): Promise<T> =>
    (typeof first === 'function' ? excel.run(first) : excel.runIn(first, batch!)).finally(changed);
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const customFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => void functions.set(id.toUpperCase(), fn),
    Error: CellError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  };
  Object.assign(globalThis, { Office: office, Excel: { run }, CustomFunctions: customFunctions });
  excel.customFunctions = { functions };
  return {
    functions,
    metadata: (metadata) => (excel.customFunctions = { functions, metadata }),
    ribbon: (actionId) =>
      new Promise<void>((resolve, reject) => {
        const action = actions.get(actionId);
        if (!action) return reject(new Error(`no action '${actionId}'`));
        void Promise.resolve(action({ completed: resolve })).catch(reject);
      }),
  };
}
