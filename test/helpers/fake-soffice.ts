/**
 * A stand-in for LibreOffice's `soffice --convert-to`, for tests of how conversions are run (not
 * of what LibreOffice makes of a file): a shell script that logs each start, waits `startup`
 * seconds as LibreOffice does while it starts, then takes its files in order, as LibreOffice
 * does, printing LibreOffice's "convert … -> …" line before writing each output. What it does with
 * a file depends on the file's first (or last) five bytes:
 * - `HANG`: never finishes (sleeps 60 s); `SLOW`: takes 0.4 s; `CRASH`: the program dies (SIGKILL);
 * - `BAD`: "Error: source file could not be loaded" and no output, then on to the next file;
 * - anything else: the output is `$FAKE_SOFFICE_DOCX` when set, else a copy of the input.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPT = `#!/bin/sh
echo "$*" >> "$FAKE_SOFFICE_LOG"
sleep "\${FAKE_SOFFICE_STARTUP:-0}"
outdir=""
next=""
for arg in "$@"; do
  if [ "$next" = outdir ]; then outdir="$arg"; fi
  next=""
  if [ "$arg" = --outdir ]; then next=outdir; fi
done
# The files: every argument that is a file, in order.
for f in "$@"; do
  [ -f "$f" ] || continue
  head=$(head -c 5 "$f")
  case "$(tail -c 5 "$f")" in HANG*|CRASH) head=$(tail -c 5 "$f") ;; esac
  out="$outdir/$(basename "\${f%.*}").docx"
  case "$head" in
    HANG*) echo "convert $f -> $out using filter : MS Word 2007 XML"; sleep 60 ;;
    SLOW*) sleep 0.4 ;;
    CRASH) kill -9 $$ ;;
    BAD*) echo "Error: source file could not be loaded" >&2; continue ;;
  esac
  echo "convert $f -> $out using filter : MS Word 2007 XML"
  if [ -n "$FAKE_SOFFICE_DOCX" ]; then cp "$FAKE_SOFFICE_DOCX" "$out"; else cp "$f" "$out"; fi
done
`;

export interface FakeSoffice {
  program: string;
  /** The environment the program needs: its log, start-up time, output. */
  env: Record<string, string>;
  /** One line per start: its arguments. */
  starts(): string[];
}

export function fakeSoffice(options: { startup?: number; docx?: string } = {}): FakeSoffice {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-fake-soffice-"));
  const program = join(dir, "soffice");
  writeFileSync(program, SCRIPT);
  chmodSync(program, 0o755);
  const log = join(dir, "starts.log");
  const env: Record<string, string> = { FAKE_SOFFICE_LOG: log, FAKE_SOFFICE_STARTUP: String(options.startup ?? 0) };
  if (options.docx) env.FAKE_SOFFICE_DOCX = options.docx;
  return { program, env, starts: () => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : []) };
}
