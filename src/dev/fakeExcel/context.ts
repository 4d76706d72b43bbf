import { FakeApplication } from './application';
import type { FakeBook } from './book';
import { calculateAfterWrites } from './calculation/calculate';
import { richApiError } from './errors';
import { PAYLOAD_LIMIT } from './limits';
import type { Found } from './proxy';
import { FakeWorkbook } from './workbook';

/** One queued command: a query (load), a write to the workbook, or another call. */
export interface Action {
  kind: 'query' | 'write' | 'call';
  /** What Office would send for it; the request's payload is the JSON of these. */
  request: unknown;
  /** Runs it; a query answers with what it found. */
  execute(): Found | unknown;
}

/** What one `context.sync()` sent and got back. */
export interface FakeRequest {
  /** UTF-8 bytes of the JSON of the queued commands. */
  payloadBytes: number;
  /** UTF-8 bytes of the JSON of the loaded values (0 when it failed before answering). */
  responseBytes: number;
  /** Commands that change the workbook. */
  writes: number;
  calculationSuspended: boolean;
  /** The RichApi error code when the sync failed. */
  error?: string;
}

const utf8Bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Like Excel.RequestContext: proxies queue commands; `sync` sends them and answers the loads. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: Action[] = [];
  private suspended = false;

  constructor(
    readonly book: FakeBook,
    private readonly log: FakeRequest[],
  ) {
    this.application = new FakeApplication(this, () => (this.suspended = true));
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /**
   * Sends the queued commands: refused whole when the request passes 5 MB; else run in order
   * until one fails (those before it stay done, as in Excel), then the loads are answered,
   * unless the response passes 5 MB.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    const request: FakeRequest = {
      payloadBytes: utf8Bytes(actions.map((a) => a.request)),
      responseBytes: 0,
      writes: actions.filter((a) => a.kind === 'write').length,
      calculationSuspended: this.suspended,
    };
    [this.queue, this.suspended] = [[], false];
    this.log.push(request);
    await Promise.resolve();
    try {
      if (request.payloadBytes > PAYLOAD_LIMIT) throw richApiError.requestTooLarge(request.payloadBytes);
      const found = this.run(actions, request.writes > 0);
      request.responseBytes = utf8Bytes(found.map((f) => f.response));
      if (request.responseBytes > PAYLOAD_LIMIT) throw richApiError.responseTooLarge(request.responseBytes);
      found.forEach((f) => f.deliver());
    } catch (e) {
      request.error = (e as { code?: string }).code ?? String(e);
      throw e;
    }
    return passThroughValue as T;
  }

  private run(actions: Action[], writes: boolean): Found[] {
    const found: Found[] = [];
    try {
      for (const action of actions) {
        this.book.failures.check(action.kind, action.request);
        const answer = action.execute();
        if (action.kind === 'query') found.push(answer as Found);
      }
    } finally {
      if (writes) calculateAfterWrites(this.book); // calculation resumes after the request
      this.book.raiseEvents();
    }
    return found;
  }
}
