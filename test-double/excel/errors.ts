/**
 * Errors shaped like Office.js's `OfficeExtension.Error` (RichApi.Error): a `code` the edge
 * branches on, a message, and `debugInfo` naming the failing statement.
 */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidSelection"
  | "InvalidOperation"
  | "AccessDenied"
  | "ApiNotFound"
  | "NotImplemented"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidOperationInCellEditMode";

export class FakeRichApiError extends Error {
  readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

const MESSAGES: Record<FakeErrorCode, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidSelection: "The current selection is invalid for this operation.",
  InvalidOperation: "The requested operation is invalid.",
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  NotImplemented: "The requested feature isn't implemented.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  InvalidOperationInCellEditMode: "Excel is in cell-editing mode.",
};

/** An error with Office's standard message for `code`, plus what the fake knows in `detail`. */
export function richApiError(
  code: FakeErrorCode,
  detail?: string,
  location?: string
): FakeRichApiError {
  const base = MESSAGES[code].replace("{0}", detail ?? "");
  const message = detail && code !== "PropertyNotLoaded" ? `${base} (${detail})` : base;
  return new FakeRichApiError(code, message, location);
}
