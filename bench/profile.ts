/**
 * CPU profiles, in the format `node --cpu-prof` writes, summarized by self time per function and
 * per file. Positions in a bundle are mapped back to src/ through its source map; code under
 * node_modules is named by package.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { loadSourceMap, originalPosition, type SourceMap } from "./sourcemap";

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; positionTicks?: { line: number; ticks: number }[] }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export interface SelfTime {
  name: string;
  selfMs: number;
  /** Of the busy time: everything but (idle). */
  share: number;
}

export interface ProfileSummary {
  busyMs: number;
  wallMs: number;
  functions: SelfTime[];
  files: SelfTime[];
  /** The hottest source lines of our own code (src/), by sampled ticks. */
  lines: SelfTime[];
}

/** Profiles `run` called repeatedly for about `ms` milliseconds in this process, and saves the profile. */
export async function profileHere(run: () => Promise<unknown>, ms: number, saveAs: string): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const until = performance.now() + ms;
  while (performance.now() < until) await run();
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: CpuProfile };
  session.disconnect();
  writeFileSync(saveAs, JSON.stringify(profile));
  return profile;
}

/** Where a frame's code lives: a src/ file and line, a package, node itself, or V8's own entries. */
function placeOf(frame: CallFrame, root: string, maps: Map<string, SourceMap | undefined>): { file: string; at: string } {
  const { url } = frame;
  if (!url) return { file: frame.functionName.startsWith("(") ? frame.functionName : "(native)", at: "" };
  if (url.startsWith("node:")) return { file: "node:" + url.slice(5).split("/")[0], at: url };
  const path = url.startsWith("file:") ? fileURLToPath(url) : url;
  const packageAt = path.lastIndexOf("/node_modules/");
  if (packageAt >= 0) {
    const rest = path.slice(packageAt + 14).split("/");
    const name = rest[0].startsWith("@") ? rest.slice(0, 2).join("/") : rest[0];
    return { file: name, at: rest.join("/") };
  }
  if (!maps.has(path)) maps.set(path, loadSourceMap(path, root));
  const map = maps.get(path);
  const original = map && originalPosition(map, frame.lineNumber, frame.columnNumber);
  if (original) {
    const source = original.source.replace(/^.*\/node_modules\//, "");
    return { file: source, at: `${source}:${original.line}` };
  }
  return { file: path, at: `${path}:${frame.lineNumber + 1}` };
}

function ranked(totals: Map<string, number>, busy: number, top: number): SelfTime[] {
  return [...totals]
    .sort((x, y) => y[1] - x[1])
    .slice(0, top)
    .map(([name, selfMs]) => ({ name, selfMs: round(selfMs), share: round(selfMs / busy, 3) }));
}

export function summarizeProfile(profile: CpuProfile, root: string, top = 15): ProfileSummary {
  const maps = new Map<string, SourceMap | undefined>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perNode = new Map<number, number>();
  // timeDeltas[i] is the gap before sample i, so sample i lasts until the next one.
  for (let i = 0; i < profile.samples.length; i++) {
    const gap = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    perNode.set(profile.samples[i], (perNode.get(profile.samples[i]) ?? 0) + gap);
  }
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let busy = 0;
  for (const [id, ms] of perNode) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)") continue;
    busy += ms;
    const place = placeOf(frame, root, maps);
    const name = `${frame.functionName || "(anonymous)"}${place.at ? "  " + place.at : ""}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    files.set(place.file, (files.get(place.file) ?? 0) + ms);
  }
  return {
    busyMs: round(busy),
    lines: hotLines(profile, perNode, busy, root, maps, top),
    wallMs: round((profile.endTime - profile.startTime) / 1000),
    functions: ranked(functions, busy, top),
    files: ranked(files, busy, top),
  };
}

/** A node's self time shared among its lines by their ticks, mapped back to src/ lines. */
function hotLines(profile: CpuProfile, perNode: Map<number, number>, busy: number, root: string, maps: Map<string, SourceMap | undefined>, top: number): SelfTime[] {
  const lines = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = perNode.get(node.id);
    const ticks = node.positionTicks;
    if (!ms || !ticks?.length) continue;
    const all = ticks.reduce((sum, t) => sum + t.ticks, 0);
    for (const t of ticks) {
      const place = placeOf({ ...node.callFrame, lineNumber: t.line - 1, columnNumber: 0 }, root, maps);
      if (!place.file.startsWith("src/")) continue;
      const name = `${place.at}  (${node.callFrame.functionName || "anonymous"})`;
      lines.set(name, (lines.get(name) ?? 0) + (ms * t.ticks) / all);
    }
  }
  return ranked(lines, busy, top);
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
