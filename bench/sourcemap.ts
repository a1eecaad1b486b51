/**
 * Just enough of the source map format (v3) to turn a bundled position into a source file and
 * line, so a CPU profile of bench/out or dist names src/ files. No dependency for ~40 lines.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Per generated line: [generatedColumn, source, originalLine] triples, in column order. */
export interface SourceMap {
  sources: string[];
  lines: number[][][];
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Reads `<file>.map` and names its sources relative to `root`; undefined when there is none. */
export function loadSourceMap(file: string, root: string): SourceMap | undefined {
  const mapFile = file + ".map";
  if (!existsSync(mapFile)) return undefined;
  const raw = JSON.parse(readFileSync(mapFile, "utf8")) as { sources: string[]; sourceRoot?: string; mappings: string };
  const sources = raw.sources.map((s) => relative(root, resolve(dirname(mapFile), raw.sourceRoot ?? "", s)));
  let source = 0;
  let line = 0;
  const lines = raw.mappings.split(";").map((text) => {
    let column = 0;
    const segments: number[][] = [];
    for (const part of text.split(",")) {
      if (!part) continue;
      const [dColumn, dSource, dLine] = decodeVlq(part);
      column += dColumn;
      if (dSource === undefined) continue;
      source += dSource;
      line += dLine;
      segments.push([column, source, line]);
    }
    return segments;
  });
  return { sources, lines };
}

/** The source file and 1-based line of a 0-based generated position, or undefined. */
export function originalPosition(map: SourceMap, line: number, column: number): { source: string; line: number } | undefined {
  const segments = map.lines[line];
  if (!segments?.length) return undefined;
  let found = segments[0];
  for (const segment of segments) {
    if (segment[0] > column) break;
    found = segment;
  }
  return { source: map.sources[found[1]], line: found[2] + 1 };
}
