import { z } from "zod";
import { JixiaoError } from "../errors";
import { describeIssues, givenFields } from "../options";

/**
 * Limits checked against the zip's central directory before anything is inflated. The defaults
 * are far above any real form document (the 11-form seed is ~60 KB zipped, ~1 MB of XML) and far
 * below what would hurt a machine.
 */
export interface Limits {
  /** Entries in the zip. */
  maxEntries: number;
  /** Uncompressed size of any one entry, bytes; also the size of a web page saved as .doc. */
  maxEntryBytes: number;
  /** Sum of the uncompressed sizes of all entries, bytes. */
  maxTotalBytes: number;
  /** Uncompressed / compressed size of any one entry, checked for entries above 1 MiB. */
  maxRatio: number;
  /** Element nesting depth in document.xml or a web page. */
  maxDepth: number;
  /**
   * Grid positions (rows × grid columns) over all tables of the document. A cell's span costs a
   * few bytes of XML and every row is as wide as the widest, so without this a 5 KB file could
   * ask for a gigabyte of grid.
   */
  maxGridCells: number;
}

/**
 * Frozen: the defaults are shared by every call in the process, so a caller who changed them
 * would change (and skip the checks of) every later call. Build your own with a spread.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 1_000,
  maxDepth: 256,
  maxGridCells: 5_000_000,
});

const LimitsSchema = z.strictObject(
  Object.fromEntries(
    Object.keys(DEFAULT_LIMITS).map((key) => [key, z.number().int("a whole number").positive("a number above 0").optional()]),
  ) as Record<keyof Limits, z.ZodOptional<z.ZodNumber>>,
);

/**
 * The defaults with the caller's limits. A limit that is not a whole number above 0 is a
 * BAD_OPTION: NaN or a negative number would switch the check off without a word. Infinity is
 * not accepted either; to lift a limit, give a large number.
 */
export function resolveLimits(partial?: Partial<Limits>): Readonly<Limits> {
  if (partial === undefined) return DEFAULT_LIMITS;
  const parsed = LimitsSchema.safeParse(partial);
  if (!parsed.success) throw new JixiaoError("BAD_OPTION", `limits: ${describeIssues(parsed.error)}. See "Security" in the README for the limits and their defaults.`);
  // A new frozen object: the defaults stay as they are, and the caller's object can change later
  // without changing limits that were already checked.
  return Object.freeze({ ...DEFAULT_LIMITS, ...givenFields(parsed.data) });
}
