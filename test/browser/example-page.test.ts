/**
 * examples/web/ in Chromium: the page is served from 127.0.0.1 as the repository lays it out
 * (examples/web/ beside dist/browser/), the seed file is chosen in its file input, and the list,
 * the "only forms with errors" filter and a form's messages show what the library found. No
 * request may leave 127.0.0.1.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { describeWithChromium, launchChromium, watchedPage } from "../helpers/chromium";
import { BUILD_TIMEOUT, ROOT, ensureBuilt } from "../cli/run";
import { projects } from "../helpers/record";

/** Runs in the page: the status line says every file was read. (No DOM types here: the project is typed for Node.) */
const READ_ALL = () => String((globalThis as any).document.querySelector("#status")?.textContent).startsWith("已读取");

const TYPES: Record<string, string> = { ".js": "text/javascript", ".html": "text/html; charset=utf-8", ".css": "text/css" };

/** examples/web/ and dist/browser/ from the repository, nothing else. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname)).replace(/^\/+/, "");
    const file = path.endsWith("/") ? `${path}index.html` : path;
    if (!/^(examples\/web|dist\/browser)\/[\w.-]+$/.test(file)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(ROOT, file));
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describeWithChromium("examples/web/ in Chromium", () => {
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

  it("lists the seed's 11 forms with their error counts, filters to the 2 with errors, shows a form's messages in Chinese", async () => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { page, requests, pageErrors } = await watchedPage(browser);
    await page.goto(`${origin}/examples/web/`);
    await page.setInputFiles("#files", join(ROOT, "samples/seed-forms.docx"));
    await page.waitForFunction(READ_ALL, undefined, { timeout: 60_000 });

    const table = () => page.$$eval("#forms tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    const all = await table();
    expect(all.map((r) => r[1])).toEqual(Array.from({ length: 11 }, (_, i) => `附件4-${i + 1}`));
    expect(all.every((r) => r[0] === "seed-forms.docx")).toBe(true);
    // Errors and warnings per form: 4-7 has one error (总分) and the funds score warning, 4-10 three errors.
    expect(all.map((r) => `${r[1]} ${r[6]} ${r[7]}`).filter((r) => !r.endsWith(" 0 0"))).toEqual(["附件4-7 1 1", "附件4-10 3 0"]);
    expect(all[6]![5]).toBe("96");
    expect(all.map((r) => r[3])).toEqual(Array(11).fill("项目支出绩效自评表"));
    expect(all[0]![4]).toBe("网络平台运行及维护费");
    expect(await page.textContent("#status")).toBe("已读取 1 个文件，共 11 张表。");

    await page.check("#only-errors");
    expect((await table()).map((r) => r[1])).toEqual(["附件4-7", "附件4-10"]);

    await page.click("#forms tbody tr:first-child");
    const messages = await page.$$eval("#messages li", (lis) => lis.map((li) => `${li.className} ${li.textContent}`));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^error TOTAL_SCORE_MISMATCH：.*总分.*（表 7，行 \d+，列 \d+：「[^」]*96[^」]*」）$/);
    expect(messages[1]).toMatch(/^warning FUNDS_SCORE_POLICY：/);

    // The form drawn as its table, the two cells the messages point at marked, each with its message.
    const flagged = await page.$$eval("#form-view td.flagged", (tds) => tds.map((td) => ({ kind: td.className, text: td.textContent, title: td.getAttribute("title") })));
    expect(flagged).toEqual([
      { kind: "flagged warning", text: "4", title: expect.stringMatching(/^资金得分为4/) },
      { kind: "flagged error", text: expect.stringContaining("96"), title: expect.stringMatching(/^总分得分为96/) },
    ]);
    expect(await page.$$eval("#form-view table.paper", (tables) => tables.length)).toBe(1);
    // Merged cells stay merged: the form's own table has cells spanning rows and columns.
    expect(await page.$$eval("#form-view td[rowspan]", (tds) => tds.length)).toBeGreaterThan(0);
    expect(await page.$$eval("#form-view td[colspan]", (tds) => tds.length)).toBeGreaterThan(0);

    await page.close();
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  }, 120_000);

  it("sorts by a column, exports JSON Lines as the command writes them, generates a blank form (the writer loaded on that click)", async () => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { page, requests } = await watchedPage(browser);
    await page.goto(`${origin}/examples/web/`);
    await page.setInputFiles("#files", join(ROOT, "samples/seed-forms.docx"));
    await page.waitForFunction(READ_ALL, undefined, { timeout: 60_000 });

    const column = (n: number) => page.$$eval("#forms tbody tr", (trs, n) => trs.map((tr) => tr.querySelectorAll("td")[n]!.textContent), n);
    await page.click("#forms th:nth-child(7)"); // 错误, ascending
    await page.click("#forms th:nth-child(7)"); // descending
    expect((await column(6)).slice(0, 3)).toEqual(["3", "1", "0"]);
    expect((await column(1)).slice(0, 2)).toEqual(["附件4-10", "附件4-7"]);
    await page.click("#forms th:nth-child(2)"); // 附件, ascending: 4-2 before 4-10
    expect(await column(1)).toEqual(Array.from({ length: 11 }, (_, i) => `附件4-${i + 1}`));

    const [jsonl] = await Promise.all([page.waitForEvent("download"), page.click("#export-jsonl")]);
    expect(jsonl.suggestedFilename()).toBe("forms.jsonl");
    const lines = readFileSync((await jsonl.path())!, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.form, l.forms, l.record.attachment])).toEqual(Array.from({ length: 11 }, (_, i) => ["seed-forms.docx", i, 11, `附件4-${i + 1}`]));
    expect(lines[6].messages.map((m: { code: string }) => m.code)).toEqual(["TOTAL_SCORE_MISMATCH", "FUNDS_SCORE_POLICY"]);
    expect(lines[6].record.total.score).toBe(96);

    const writerLoaded = () => requests.some((url) => /\/dist\/browser\/document-\w+\.js$/.test(url));
    expect(writerLoaded()).toBe(false);
    await page.selectOption("#blank select[name=level]", "州级");
    await page.fill("#blank input[name=year]", "2023");
    await page.fill("#blank input[name=attachment]", "附件2");
    await page.fill("#blank input[name=rows]", "2");
    const [docx] = await Promise.all([page.waitForEvent("download"), page.click("#blank button[type=submit]")]);
    expect(docx.suggestedFilename()).toBe("州级2023年度预算部门项目支出绩效自评表（空白）.docx");
    expect(writerLoaded()).toBe(true);
    const { forms } = await parseDocx(readFileSync((await docx.path())!));
    expect(forms.map((f) => [f.attachment, f.level, f.year])).toEqual([["附件2", "州级", 2023]]);
    // Two rows under each 二级指标 of the standard structure.
    const perLevel2 = new Map<string, number>();
    for (const indicator of projects(forms)[0]!.indicators) perLevel2.set(indicator.level2 ?? "", (perLevel2.get(indicator.level2 ?? "") ?? 0) + 1);
    expect(new Set(perLevel2.values())).toEqual(new Set([2]));

    await page.close();
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  }, 180_000);

  it("reads the Word files of a chosen folder and its subfolders, listing the other files as skipped with the reason", async () => {
    const work = mkdtempSync(join(tmpdir(), "jixiao-web-folder-"));
    try {
      const folder = join(work, "档案");
      mkdirSync(join(folder, "2021"), { recursive: true });
      cpSync(join(ROOT, "samples/seed-forms.docx"), join(folder, "seed.docx"));
      cpSync(join(ROOT, "test/fixtures/seed-libreoffice.rtf"), join(folder, "2021", "seed.rtf"));
      writeFileSync(join(folder, "说明.txt"), "not a form");
      writeFileSync(join(folder, "~$seed.docx"), "Word's owner file");
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/examples/web/`);
      await page.setInputFiles("#folder", folder);
      await page.waitForFunction(READ_ALL, undefined, { timeout: 60_000 });
      expect(await page.textContent("#status")).toBe("已读取 2 个文件，共 22 张表。跳过 2 个文件（见下）。");
      const files = await page.$$eval("#forms tbody tr", (trs) => trs.map((tr) => tr.querySelector("td")!.textContent));
      expect(files).toEqual([...Array(11).fill("档案/2021/seed.rtf"), ...Array(11).fill("档案/seed.docx")]);
      expect(await page.textContent("#skipped summary")).toBe("跳过的文件（2 个）");
      expect(await page.$$eval("#skipped li", (lis) => lis.map((li) => li.textContent))).toEqual([
        "档案/~$seed.docx：Word 的锁定文件（~$ 开头，只存打开者的名字）",
        "档案/说明.txt：不是本页读取的 Word 文件（.txt）；文件夹中只读取 .docx、.docm、.doc、.wps、.rtf",
      ]);
      await page.close();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);

  it("reads 30 files in its worker with a progress bar; a file that is no Word document is a row with the library's error", async () => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { page, requests } = await watchedPage(browser);
    await page.goto(`${origin}/examples/web/`);
    const seed = readFileSync(join(ROOT, "samples/seed-forms.docx"));
    const bad = Buffer.from("这不是 Word 文件");
    const files = [
      ...Array.from({ length: 29 }, (_, i) => ({ name: `第${i + 1}份.docx`, mimeType: "application/octet-stream", buffer: seed })),
      { name: "坏文件.docx", mimeType: "application/octet-stream", buffer: bad },
    ];
    await page.setInputFiles("#files", files);
    await page.waitForFunction(READ_ALL, undefined, { timeout: 120_000 });

    expect(await page.textContent("#status")).toBe("已读取 30 个文件，共 319 张表。");
    expect(await page.$eval("#progress", (p) => [(p as unknown as { value: number }).value, (p as unknown as { max: number }).max])).toEqual([30, 30]);
    expect(await page.$$eval("#forms tbody tr", (trs) => trs.length)).toBe(320);
    // parseDocx ran in the worker: the page loaded worker.js (the page loads the library too, for the kinds' names and the generator).
    expect(requests.some((url) => url.endsWith("/examples/web/worker.js"))).toBe(true);

    const expected = await parseDocx(bad).catch((e: { code: string }) => e.code);
    await page.check("#only-errors");
    await page.click("#forms tbody tr:last-child");
    expect(await page.$eval("#forms tbody tr:last-child", (tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent))).toEqual(["坏文件.docx", "", "", "", "", "", "1", "0"]);
    expect(await page.$$eval("#messages li", (lis) => lis.map((li) => li.textContent!.split("：")[0]))).toEqual([expected]);
    await page.close();
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  }, 180_000);
});
