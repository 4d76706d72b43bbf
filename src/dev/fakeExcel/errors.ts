/** An error the way Office.js raises one from `context.sync()`: `RichApi.Error` with a code. */
export class FakeRichApiError extends Error {
  readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation && { errorLocation }) };
  }
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The errors the fake raises, with Excel's codes and (shortened) wording. */
export const richApiError = {
  propertyNotLoaded: (property: string) =>
    new FakeRichApiError(
      'PropertyNotLoaded',
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    ),
  itemNotFound: (where: string) => new FakeRichApiError('ItemNotFound', "The requested resource doesn't exist.", where),
  itemAlreadyExists: (where: string) =>
    new FakeRichApiError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.', where),
  invalidOperation: (where: string, why: string) =>
    new FakeRichApiError('InvalidOperation', `The operation is invalid for the object or its current state. (${why})`, where),
  invalidArgument: (where: string, why: string) =>
    new FakeRichApiError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${why})`, where),
  requestTooLarge: (bytes: number) =>
    new FakeRichApiError(
      'RequestPayloadSizeLimitExceeded',
      `The request payload size has exceeded the limit (${MB(bytes)}). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`,
    ),
  responseTooLarge: (bytes: number) =>
    new FakeRichApiError(
      'ResponsePayloadSizeLimitExceeded',
      `The response payload size has exceeded the limit (${MB(bytes)}). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`,
    ),
  tooManyCells: (cells: number, where: string) =>
    new FakeRichApiError(
      'RangeExceedsLimit',
      `The cell count in the range has exceeded the maximum supported number (${cells} cells).`,
      where,
    ),
};
