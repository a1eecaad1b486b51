/**
 * Command-line paths → the ordered list of documents to read. Directories are walked in name
 * order so a run's output order never depends on the file system; files that are not Word
 * documents are kept as "skipped" for the summary rather than dropped silently.
 */
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { globBase, globDepth, globToRegExp, isGlob, matchesGlob } from "./glob";

/** Extensions taken when walking directories and globs. HTML is left out: a folder of web pages is
 * rarely forms, and a Word page saved as .htm can still be named on the command line. */
export const WORD_EXTENSIONS = [".docx", ".docm", ".doc", ".wps", ".rtf"] as const;

export interface Skipped {
  path: string;
  reason: string;
}

/** A glob or folder on the command line that gave no file at all, and why. */
export interface Unmatched {
  pattern: string;
  reason: string;
}

export interface Inputs {
  documents: string[];
  skipped: Skipped[];
  unmatched: Unmatched[];
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Word's owner files (~$报表.docx) sit beside open documents and hold only the user's name. */
function classify(path: string, name: string): Skipped | null {
  if (name.startsWith("~$")) return { path, reason: "Word lock file" };
  const ext = extname(name).toLowerCase();
  if ((WORD_EXTENSIONS as readonly string[]).includes(ext)) return null;
  return { path, reason: ext ? `not a Word file (${ext})` : "not a Word file" };
}

class Collector {
  readonly documents: string[] = [];
  readonly skipped: Skipped[] = [];
  readonly unmatched: Unmatched[] = [];
  private readonly seen = new Set<string>();

  add(path: string): void {
    const key = resolve(path);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.documents.push(path);
  }

  /** Walks a directory; `accept` filters candidate files (a glob), `depth` limits descent. */
  async walk(dir: string, depth: number, accept: (path: string) => boolean): Promise<number> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.skipped.push({ path: dir, reason: `cannot read directory (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      return 0;
    }
    let found = 0;
    for (const entry of entries.sort(byName)) {
      const path = join(dir, entry.name);
      // Symbolic links to directories are not followed: they can form cycles.
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path).then((s) => s.isFile(), () => false)));
      if (entry.isDirectory()) {
        if (depth > 1) found += await this.walk(path, depth - 1, accept);
      } else if (isFile && accept(path)) {
        found += 1;
        const skip = classify(path, entry.name);
        if (skip) this.skipped.push(skip);
        else this.add(path);
      }
    }
    return found;
  }
}

/**
 * A named file is read whatever its extension (the bytes tell what it is); a directory is walked
 * recursively; a path that does not exist but holds * or ? is a glob. A missing plain path stays
 * in the list so that its FILE_NOT_FOUND appears in the output like any other failure.
 */
export async function collectInputs(args: readonly string[]): Promise<Inputs> {
  const collector = new Collector();
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      await collector.walk(arg, Infinity, () => true);
    } else if (info === null && isGlob(arg)) {
      const base = globBase(arg);
      const baseInfo = await stat(base).catch(() => null);
      if (!baseInfo?.isDirectory()) {
        collector.unmatched.push({ pattern: arg, reason: `no folder ${base}` });
        continue;
      }
      const pattern = globToRegExp(arg);
      const found = await collector.walk(base, globDepth(arg), (path) => matchesGlob(pattern, path));
      if (found === 0) collector.unmatched.push({ pattern: arg, reason: "matched no file" });
    } else if (info === null && /[/\\]$/.test(arg)) {
      collector.unmatched.push({ pattern: arg, reason: "no such folder" });
    } else {
      collector.add(arg);
    }
  }
  return { documents: collector.documents, skipped: collector.skipped, unmatched: collector.unmatched };
}

/** Why nothing can be read, naming each argument that gave nothing and the files that were not Word documents. */
export function nothingToRead(args: readonly string[], inputs: Inputs): string {
  const named = (list: readonly string[]) => list.slice(0, 5).join(", ") + (list.length > 5 ? ` and ${list.length - 5} more` : "");
  const reasons = [
    ...inputs.unmatched.map((u) => `"${u.pattern}": ${u.reason}.`),
    ...(inputs.skipped.length > 0 ? [`Not Word documents: ${named(inputs.skipped.map((s) => `${s.path} (${s.reason})`))}.`] : []),
  ];
  return `No Word documents (${WORD_EXTENSIONS.join(" ")}) to read in ${args.join(" ")}. ${reasons.join(" ")}`.trim();
}
