import type { FakeApplication } from './application';
import type { SelectionHandler } from './book';
import type { FakeRequestContext } from './context';
import { FakeRange } from './range';
import { FakeWorksheetCollection } from './worksheets';

/** Like OfficeExtension.EventHandlerResult: `remove()` queues the removal (sync it on `context`). */
export interface FakeEventHandlerResult {
  context: FakeRequestContext;
  remove(): void;
}

/** Like Excel's `workbook.onSelectionChanged`: adding and removing a handler are commands of the request. */
export class FakeSelectionEvent {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
  ) {}

  add(handler: SelectionHandler): FakeEventHandlerResult {
    const entry = { handler };
    const handlers = this.context.book.selectionHandlers;
    const queue = (call: string, execute: () => void) =>
      this.context.enqueue({ kind: 'call', request: { path: this.path, call }, execute });
    queue('add', () => void handlers.add(entry));
    return { context: this.context, remove: () => queue('remove', () => void handlers.delete(entry)) };
  }
}

/** Like Excel.Workbook: the sheets, the application, the selection and its event. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  readonly onSelectionChanged: FakeSelectionEvent;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = context.application;
    this.onSelectionChanged = new FakeSelectionEvent(context, 'workbook.onSelectionChanged');
  }

  /** The selected block of the active sheet (A1 where nothing was selected there yet). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, 'workbook.getSelectedRange()', () => this.context.book.selectedBox());
  }
}
