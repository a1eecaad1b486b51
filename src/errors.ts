/**
 * The one error type the library throws. `code` is stable and documented in the README;
 * `message` says what the user can do about it.
 */
export type JixiaoErrorCode =
  | "EMPTY_INPUT"
  | "NOT_ZIP"
  | "NOT_DOCX"
  | "LEGACY_DOC"
  | "ENCRYPTED"
  | "RTF"
  | "BAD_ZIP"
  | "BAD_XML"
  | "LIMIT_EXCEEDED"
  | "INVALID_RECORD"
  | "FILE_NOT_FOUND"
  | "CONVERTER_MISSING"
  | "CONVERSION_FAILED"
  | "BAD_OPTION";

export class JixiaoError extends Error {
  readonly code: JixiaoErrorCode;
  readonly details?: unknown;

  constructor(code: JixiaoErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "JixiaoError";
    this.code = code;
    this.details = details;
  }
}

export function isJixiaoError(value: unknown): value is JixiaoError {
  return value instanceof JixiaoError;
}
