/**
 * values/: reading cell text into typed values (comparators, units, dates,
 * decimals) and judging an indicator's actual value against its target.
 * Knows nothing of documents or forms.
 */
export {
  add,
  cmp,
  decimalToString,
  div,
  eq,
  isZero,
  min,
  mul,
  normalize,
  parseDecimal,
  placesOf,
  round,
  sub,
  sum,
  toNumber,
  type Decimal,
  type RoundingMode,
} from "./decimal";
export {
  readValue,
  type Comparator,
  type DateReading,
  type EmptyReading,
  type Grade,
  type NumberReading,
  type QualitativeReading,
  type RangeReading,
  type ReadContext,
  type Reading,
  type TextReading,
} from "./reading";
export { QUALITATIVE_PHRASES, type Phrase } from "./qualitative";
export { formatReading } from "./format";
export { assessIndicator, type AssessOptions, type AssessValue, type Assessment, type Direction } from "./assess";
