/**
 * Limits checked against the zip's central directory before anything is inflated. The defaults
 * are far above any real form document (the 11-form seed is ~60 KB zipped, ~1 MB of XML) and far
 * below what would hurt a machine.
 */
export interface Limits {
  /** Entries in the zip. */
  maxEntries: number;
  /** Uncompressed size of one inflated entry, bytes. */
  maxEntryBytes: number;
  /** Sum of the uncompressed sizes of all entries, bytes. */
  maxTotalBytes: number;
  /** Uncompressed / compressed, checked for entries above 1 MiB. */
  maxRatio: number;
  /** Element nesting depth in document.xml. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 1_000,
  maxDepth: 256,
};

export function resolveLimits(partial?: Partial<Limits>): Limits {
  return { ...DEFAULT_LIMITS, ...partial };
}
