/**
 * The browser build in a real browser: a static page served from 127.0.0.1 imports
 * dist/browser/index.js with <script type="module">, reads the seed file with parseDocx, writes a
 * blank form with writeDocx and reads it back. Every request the page makes is recorded: none may
 * leave 127.0.0.1, and the writer's chunk is fetched only when writeDocx is first called.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { blankForm } from "../../src/index";
import { parseDocx } from "../../src/parse";
import { describeWithChromium, launchChromium, watchedPage } from "../helpers/chromium";
import { BUILD_TIMEOUT, ROOT, ensureBuilt } from "../cli/run";

const SEED = join(ROOT, "samples/seed-forms.docx");
/** The seed in the other formats read natively: Word 97 and RTF (LibreOffice), a GB2312 web page saved as .doc. */
const OTHER_FORMATS = ["seed-libreoffice.doc", "seed-libreoffice.rtf", "seed-web-page-gb2312.doc"];
const RUNS = 5;

/** The seed's own arithmetic errors, as the README of the seed states them. */
const SEED_ERRORS = [
  "附件4-7 TOTAL_SCORE_MISMATCH total.score 94 96",
  "附件4-10 TOTAL_SCORE_MISMATCH total.score 88 98",
  "附件4-10 TOTAL_WEIGHT_MISMATCH total.weight 90 100",
  "附件4-10 LEVEL1_WEIGHT_MISMATCH indicators.7.level1Weight 20 30",
];

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>jixiao-docx in the browser</title>
<script type="module">
import { parseDocx, writeDocx, blankForm } from "/lib/index.js";
const loaded = () => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname);
const report = {};
try {
  const bytes = new Uint8Array(await (await fetch("/seed-forms.docx")).arrayBuffer());
  const times = [];
  let read;
  for (let i = 0; i < ${RUNS}; i++) {
    const t0 = performance.now();
    read = await parseDocx(bytes);
    times.push(performance.now() - t0);
  }
  const { forms, messages } = read;
  report.parseMs = times.sort((a, b) => a - b)[${RUNS >> 1}];
  report.attachments = forms.map((f) => f.attachment);
  report.errors = messages.filter((m) => m.severity === "error").map((m) => [forms[m.form].attachment, m.code, m.path, m.expected, m.actual].join(" "));
  report.firstErrorCell = messages.find((m) => m.severity === "error").cell;
  report.beforeWrite = loaded();
  const blank = await writeDocx(blankForm({ level: "县级", year: 2024, attachment: "附件9", project: { name: "浏览器中生成的项目" } }));
  report.blankIsZip = blank[0] === 0x50 && blank[1] === 0x4b;
  const back = await parseDocx(blank);
  report.blank = back.forms.map((f) => ({ attachment: f.attachment, level: f.level, year: f.year, project: f.project.name }));
  report.afterWrite = loaded();
  report.formats = {};
  for (const name of ${JSON.stringify(OTHER_FORMATS)}) {
    const read = await parseDocx(await (await fetch("/fixtures/" + name)).arrayBuffer());
    report.formats[name] = {
      attachments: read.forms.map((f) => f.attachment),
      messages: read.messages.map((m) => [m.form, m.code, m.severity, m.path].join(" ")),
    };
  }
} catch (error) {
  report.failure = String((error && error.stack) || error);
}
window.report = report;
</script>
`;

const TYPES: Record<string, string> = { ".js": "text/javascript", ".html": "text/html; charset=utf-8", ".docx": "application/octet-stream", ".doc": "application/octet-stream", ".rtf": "application/octet-stream" };

/** The page, the browser build under /lib/ and the seed file; nothing else. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    let body: Buffer | string | undefined;
    if (path === "/") body = PAGE;
    else if (path === "/seed-forms.docx") body = readFileSync(SEED);
    else if (OTHER_FORMATS.includes(path.slice("/fixtures/".length))) body = readFileSync(join(ROOT, "test/fixtures", path.slice("/fixtures/".length)));
    else if (path.startsWith("/lib/")) {
      const file = normalize(path.slice("/lib/".length));
      if (!file.startsWith("..") && /^[\w.-]+\.js$/.test(file)) body = readFileSync(join(ROOT, "dist/browser", file));
    }
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? TYPES[".html"]! }).end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describeWithChromium("the browser build in Chromium", () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    await ensureBuilt();
    server = await serve();
    browser = await launchChromium();
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  it("reads the seed (11 forms, its 4 errors on the right forms) as .docx, Word 97, RTF and web page, writes a blank form and reads it back; no request leaves 127.0.0.1", async () => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { page, requests, pageErrors } = await watchedPage(browser);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => "report" in globalThis, undefined, { timeout: 60_000 });
    const report = await page.evaluate(() => (globalThis as unknown as { report: Record<string, any> }).report);
    await page.close();

    expect(pageErrors).toEqual([]);
    expect(report.failure).toBeUndefined();
    expect(report.attachments).toEqual(Array.from({ length: 11 }, (_, i) => `附件4-${i + 1}`));
    expect(report.errors).toEqual(SEED_ERRORS);
    expect(report.firstErrorCell).toMatchObject({ table: 6, text: expect.stringContaining("96") });

    expect(report.blankIsZip).toBe(true);
    expect(report.blank).toEqual([{ attachment: "附件9", level: "县级", year: 2024, project: "浏览器中生成的项目" }]);

    // The writer's docx came with the first writeDocx, not with the page.
    const writer = (paths: string[]) => paths.filter((p: string) => /^\/lib\/document-[\w]+\.js$/.test(p));
    expect(writer(report.beforeWrite)).toEqual([]);
    expect(writer(report.afterWrite)).toHaveLength(1);

    // The other formats: the 11 forms, and the same messages as Node gives for the same bytes.
    for (const name of OTHER_FORMATS) {
      expect(report.formats[name].attachments, name).toEqual(Array.from({ length: 11 }, (_, i) => `附件4-${i + 1}`));
      const inNode = await parseDocx(readFileSync(join(ROOT, "test/fixtures", name)));
      expect(report.formats[name].messages, name).toEqual(inNode.messages.map((m) => [m.form, m.code, m.severity, m.path].join(" ")));
      expect(report.formats[name].messages.filter((m: string) => m.includes(" error "))).toHaveLength(4);
    }

    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);

    // Parse speed beside Node's, same file, same run of the tests (printed, not asserted: timings vary).
    const bytes = readFileSync(SEED);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await parseDocx(bytes);
      times.push(performance.now() - t0);
    }
    const node = times.sort((a, b) => a - b)[RUNS >> 1]!;
    // Both ran (a time of each); their ratio is the machine's business, not asserted.
    expect([report.parseMs, node].map((ms) => Number.isFinite(ms) && ms > 0)).toEqual([true, true]);
    console.log(`parseDocx of samples/seed-forms.docx, median of ${RUNS}: Chromium ${report.parseMs.toFixed(1)} ms, Node ${node.toFixed(1)} ms`);
  }, 120_000);
});

// blankForm is imported so a rename of the option names fails type checking here too.
void blankForm;
