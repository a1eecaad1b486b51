/**
 * The API the Node and browser builds share: everything but the writer's entry points (eager in
 * Node, loaded on first use in browsers) and parseFile (Node only: paths and LibreOffice).
 */
export { parseDocx, type ParseOptions, type ParseResult } from "./parse";
export { readTables, readDocumentModel, type ReadOptions, type ReaderName } from "./grid/read";
export type { Grid, GridCell, Block, DocumentModel } from "./grid/types";
export { JixiaoError, isJixiaoError, type JixiaoErrorCode } from "./errors";
export { DEFAULT_LIMITS, type Limits } from "./input/limits";
export type { DocumentInput } from "./input/bytes";
export {
  FormRecordSchema, IndicatorSchema, CellValueSchema, formRecordJsonSchema,
  type FormRecord, type FormRecordInput, type Indicator, type CellValue, type CellValueInput, type Extra, type Source,
  type ProjectRecord, type ProjectRecordInput, type DepartmentRecord, type TransferRecord, type IndicatorTableRecord,
  type TableIndicator, type SelfEvaluationRecord, type ProjectTargetRecord, type ProjectTargetRecordInput, type TargetIndicator,
} from "./model/record";
export type { Message, CellRef, RelatedCell, Severity } from "./model/message";
import { FORM_KINDS as KINDS, type FormKind } from "./model/labels";
export type { FormKind };
/**
 * The kinds of form, each with its key and its Chinese name (`zh`), for a page or a report to show.
 * A frozen copy: the reader's own table (with the other spellings it matches) stays out of reach.
 */
export const FORM_KINDS: readonly { readonly key: FormKind; readonly zh: string }[] = Object.freeze(KINDS.map(({ key, zh }) => Object.freeze({ key, zh })));
export { MESSAGE_CODES, type MessageCode } from "./model/codes";
export { validateForm, type ValidateOptions } from "./checks/check-form";
export { DEFAULT_POLICY, type ScoringPolicy } from "./checks/policy";
export {
  readValue, assessIndicator, formatReading,
  type Reading, type NumberReading, type RangeReading, type DateReading, type QualitativeReading, type TextReading,
  type EmptyReading, type Comparator, type Assessment, type AssessOptions, type AssessValue, type Direction,
} from "./values";
export type { WriteOptions, WriteResult } from "./write/document";
export { blankForm, type BlankFormOptions } from "./write/blank";
export { selfEvaluationFromTarget, type PrefillOptions } from "./target/prefill";
export { compareTargetAndSelf, type CompareOptions } from "./target/compare";
export {
  pairTargetsAndSelves, comparePair, comparePairs, type FormsOfFile, type FormAt, type TargetSelfPair, type Pairing, type ComparedPair,
} from "./target/pairs";
export { toCsv, toJsonLines, toXlsx, type ExportInput, type ExportError, type CsvOptions, type XlsxOptions, type HeaderLanguage, type TableName } from "./export";
