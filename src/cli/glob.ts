/**
 * The glob patterns the command accepts when the shell has not expanded them (quoted, or on
 * Windows): `*` and `?` within one path segment, `**` for any number of directories. Node 20's
 * fs.glob is not stable, and this is all a folder of forms needs.
 */
import { posix, sep } from "node:path";

const MAGIC = /[*?]/;

export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** Patterns and walked paths are compared in one spelling: forward slashes, no ./ or a/../ detours. */
function normal(path: string): string {
  return posix.normalize(sep === "\\" ? path.replace(/\\/g, "/") : path);
}

/** The directory to walk: the segments before the first one holding a wildcard. */
export function globBase(pattern: string): string {
  const segments = normal(pattern).split("/");
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  const base = segments.slice(0, firstMagic).join("/");
  return base === "" ? (pattern.startsWith("/") ? "/" : ".") : base;
}

function segmentSource(segment: string): string {
  return segment
    .split("")
    .map((c) => (c === "*" ? "[^/]*" : c === "?" ? "[^/]" : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
}

/**
 * A RegExp for whole paths written with `/`; `a/**\/b` matches a/b, a/x/b, a/x/y/b. Letters match
 * whatever their case, as extensions do when a folder is walked: *.docx takes 报表.DOCX.
 */
export function globToRegExp(pattern: string): RegExp {
  const segments = normal(pattern).split("/");
  let source = "";
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === "**") source += last ? ".*" : "(?:[^/]+/)*";
    else source += segmentSource(segment) + (last ? "" : "/");
  });
  return new RegExp(`^${source}$`, "i");
}

/** Whether a file found while walking (a path joined onto the base) matches the pattern. */
export function matchesGlob(regexp: RegExp, path: string): boolean {
  return regexp.test(normal(path));
}

/** How deep under the base a match can lie; Infinity with `**`. */
export function globDepth(pattern: string): number {
  const segments = normal(pattern).split("/");
  if (segments.includes("**")) return Infinity;
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  return segments.length - firstMagic;
}
