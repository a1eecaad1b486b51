/**
 * The one error type the library throws. `code` is stable and documented in the README;
 * `message` says what the user can do about it.
 */
export type JixiaoErrorCode =
  | "EMPTY_INPUT"
  | "NOT_ZIP"
  | "NOT_DOCX"
  | "LEGACY_DOC_VERSION"
  | "BAD_DOC"
  | "ENCRYPTED"
  | "BAD_ZIP"
  | "BAD_XML"
  | "LIMIT_EXCEEDED"
  | "INVALID_RECORD"
  | "FILE_NOT_FOUND"
  | "CONVERTER_MISSING"
  | "CONVERSION_FAILED"
  | "BAD_OPTION"
  | "XLSX_WRITER_MISSING";

/**
 * The package ships an ES module build and a CommonJS build, each with its own JixiaoError class;
 * a program that loads both (its code `import`s the package, a dependency `require`s it) gets
 * errors from either. A registry-wide symbol marks them all, so each build recognises the other's.
 */
const BRAND: unique symbol = Symbol.for("jixiao-docx.JixiaoError");

export class JixiaoError extends Error {
  readonly code: JixiaoErrorCode;
  readonly details?: unknown;

  constructor(code: JixiaoErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "JixiaoError";
    this.code = code;
    this.details = details;
  }

  /** `instanceof JixiaoError` is true for the other build's errors too (subclasses keep the usual test). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== JixiaoError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return isJixiaoError(value);
  }
}
Object.defineProperty(JixiaoError.prototype, BRAND, { value: true });

/** True for an error thrown by this package, whichever of its builds threw it. */
export function isJixiaoError(value: unknown): value is JixiaoError {
  return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}
