/**
 * `jixiao serve`, run from a copy of exactly the files `npm pack` ships (so the page works from an
 * installed package, not only from the repository): the address it prints, the page built into one
 * file (dist/web/index.html, the same that works from disk) over HTTP, nothing else of the package,
 * 127.0.0.1 only, Ctrl-C, a port in use (exit 2), and the served page reading the seed in Chromium.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer, connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWithChromium, launchChromium, watchedPage } from "../helpers/chromium";
import { BUILD_TIMEOUT, ROOT, ensureBuilt, jixiao } from "../cli/run";
import { buildWebPage } from "../../scripts/build-web.mjs";

let pkg: string;
let work: string;

interface Serving {
  child: ChildProcess;
  address: string;
  exit: Promise<number | null>;
}

/** Starts `jixiao serve …` from the packed copy and waits for the address line. */
function startServe(args: string[]): Promise<Serving> {
  const child = spawn(process.execPath, [join(pkg, "dist/cli.js"), "serve", ...args], { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr!.on("data", (d) => (err += d));
    child.stdout!.on("data", (d) => {
      out += d;
      if (out.includes("\n")) resolve({ child, address: out.trim(), exit });
    });
    child.on("exit", (code) => reject(new Error(`jixiao serve exited ${code}: ${err}`)));
  });
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

beforeAll(async () => {
  await ensureBuilt();
  // The page as the sources are now (tsup builds it too, but only when the library's sources change).
  await buildWebPage();
  work = mkdtempSync(join(tmpdir(), "jixiao-serve-"));
  pkg = join(work, "jixiao-docx");
  const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  for (const { path } of packed[0].files as { path: string }[]) {
    mkdirSync(join(pkg, dirname(path)), { recursive: true });
    cpSync(join(ROOT, path), join(pkg, path));
  }
  // The dependencies an install would bring (the command loads them; serving the page needs none).
  symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"));
}, BUILD_TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("jixiao serve", () => {
  it("prints its address on 127.0.0.1, serves the one-file page and nothing else, only on 127.0.0.1; Ctrl-C stops it", async () => {
    const serving = await startServe(["--port", "0"]);
    try {
      expect(serving.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const port = Number(new URL(serving.address).port);
      expect(port).toBeGreaterThan(0);

      for (const path of ["", "index.html"]) {
        const page = await fetch(`${serving.address}${path}`, { redirect: "manual" });
        expect([path, page.status, page.headers.get("content-type")]).toEqual([path, 200, "text/html; charset=utf-8"]);
        const html = await page.text();
        // The library, the worker's code and the page's code are in the file, not fetched.
        // (Booleans, so that a failure does not print the 2 MB page.)
        expect({
          title: html.includes("<title>绩效自评表 读取与校验</title>"),
          library: /<script id="jixiao-library">("use strict";)?var jixiao=/.test(html),
          worker: html.includes('<script id="jixiao-worker" type="text/plain">'),
          scriptFetched: /<script[^>]*\ssrc=/.test(html),
        }).toEqual({ title: true, library: true, worker: true, scriptFetched: false });
      }
      // Nothing else: the page's sources, the browser build, the package's other files, an escape up the tree.
      for (const path of ["examples/web/", "examples/web/app.js", "dist/browser/index.js", "dist/web/index.html", "package.json", "dist/cli.js", "..%2Fpackage.json", "%2E%2E/package.json"]) {
        expect([path, (await fetch(`${serving.address}${path}`)).status]).toEqual([path, 404]);
      }

      // 127.0.0.1 only: neither IPv6's loopback nor this machine's other addresses answer.
      expect(await accepts("127.0.0.1", port)).toBe(true);
      expect(await accepts("::1", port)).toBe(false);
      const others = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === "IPv4" && !a.internal);
      for (const other of others) expect([other!.address, await accepts(other!.address, port)]).toEqual([other!.address, false]);
    } finally {
      serving.child.kill("SIGINT");
    }
    expect(await serving.exit).toBe(0);
  }, 60_000);

  it("a port in use is a usage error (exit 2) naming the port and --port", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = await jixiao(["serve", "--port", String(port)]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(`jixiao serve: port ${port} on 127.0.0.1 is in use; choose another with --port N`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 60_000);

  it("a --port that is no port number is a usage error (exit 2)", async () => {
    const run = await jixiao(["serve", "--port", "http"]);
    expect([run.code, run.stderr.split("\n")[0]]).toEqual([2, 'jixiao serve: --port must be a whole number from 0 to 65535 (got "http"); 0 picks a free port.']);
  }, 60_000);
});

/** Runs `body` with `jixiao serve --port 0` and a Chromium; Ctrl-C then stops the server (exit 0). */
async function inChromium(body: (serving: Serving, browser: Browser) => Promise<void>): Promise<void> {
  const serving = await startServe(["--port", "0"]);
  const browser = await launchChromium();
  try {
    await body(serving, browser);
  } finally {
    await browser.close();
    serving.child.kill("SIGINT");
  }
  expect(await serving.exit).toBe(0);
}

/** Chooses the seed file in the page and waits until the status line says it was read. */
async function readSeed(page: Page): Promise<void> {
  await page.setInputFiles("#files", join(ROOT, "samples/seed-forms.docx"));
  await page.waitForFunction(() => String((globalThis as any).document.querySelector("#status")?.textContent).startsWith("已读取"), undefined, { timeout: 60_000 });
}

describeWithChromium("jixiao serve in Chromium", () => {
  it("the served page reads the seed: 11 forms, 附件4-7 and 附件4-10 with errors, no request leaving the server", () =>
    inChromium(async (serving, browser) => {
      const { page, requests } = await watchedPage(browser);
      await page.goto(serving.address);
      await readSeed(page);
      expect(await page.textContent("#status")).toBe("已读取 1 个文件，共 11 张表。");
      await page.check("#only-errors");
      const rows = await page.$$eval("#forms tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
      expect(rows.map((r) => `${r[1]} ${r[6]}`)).toEqual(["附件4-7 1", "附件4-10 3"]);
      // The worker comes from a blob: URL of this origin (the page holds its code).
      expect(requests.filter((url) => new URL(url).origin !== new URL(serving.address).origin)).toEqual([]);
      expect(requests.filter((url) => url.startsWith("blob:"))).toHaveLength(1);
    }), 120_000);

  it("writes each message beside the cell it marks; switches to English and back (every text from the page's table), remembering the choice", () =>
    inChromium(async (serving, browser) => {
      const { page, pageErrors } = await watchedPage(browser);
      await page.goto(serving.address);
      await readSeed(page);
      await page.check("#only-errors");
      await page.click("#forms tbody tr:first-child"); // 附件4-7
      const notes = () => page.$$eval("#form-view td.note p", (ps) => ps.map((p) => `${p.className} ${p.textContent}`));
      // Each note on the row of its marked cell: the 资金得分 cell (row of the funds) above the 总分 cell.
      expect(await notes()).toEqual(["warning ← 资金得分为4，按执行率×分值（5.3450）应为5。", "error ← 总分得分为96，但资金得分与各指标得分之和为94。"]);
      const noteRows = await page.$$eval("#form-view td.note", (tds) => tds.map((td) => [...td.parentElement!.querySelectorAll("td.flagged")].map((f) => f.textContent)));
      expect(noteRows).toEqual([["4"], [expect.stringContaining("96")]]);

      await page.click("#language button[data-lang=en]");
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(await page.textContent("h1")).toBe("Performance self-evaluation forms: read and check");
      expect(await page.$$eval("#forms th", (ths) => ths.map((th) => th.textContent))).toEqual(["File", "附件 (attachment)", "Title", "Kind", "Name", "Total score", "Errors", "Warnings"]);
      expect(await page.textContent("#status")).toBe("Read 1 file, 11 forms.");
      expect(await page.textContent("#export-jsonl")).toBe("Export JSONL");
      expect(await page.textContent("#detail-title")).toBe("Check messages: seed-forms.docx 附件4-7");
      expect(await notes()).toEqual([
        "warning ← The funds score is 4; 执行率 × 分值 = 5.3450 gives 5 under the scoring policy.",
        "error ← 总分 score is 96 but the funds score plus the indicator scores make 94.",
      ]);
      const lines = await page.$$eval("#messages li", (lis) => lis.map((li) => li.textContent));
      expect(lines[0]).toMatch(/^TOTAL_SCORE_MISMATCH: 总分 score is 96 but the funds score plus the indicator scores make 94\. \(table 7, row \d+, col \d+: "[^"]*96[^"]*"\)$/);
      // No Chinese left in the page's own texts: only form data (附件, 二级指标 …) and level names.
      const own = await page.$$eval("[data-text]", (els) => els.map((el) => el.textContent));
      expect(own.filter((text) => /[\u4e00-\u9fff]/.test(text!.replace(/附件|二级指标/g, "")))).toEqual([]);

      await page.reload();
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(await page.textContent("#only-errors + span")).toBe("Only forms with errors");
      await page.click("#language button[data-lang=zh]");
      expect(await page.textContent("h1")).toBe("绩效自评表 读取与校验");
      expect(await page.$$eval("#forms th", (ths) => ths.map((th) => th.textContent))).toEqual(["文件", "附件", "标题", "类型", "名称", "总分", "错误", "警告"]);
      expect(pageErrors).toEqual([]);
    }), 120_000);
});
