/**
 * The web page built into one HTML file (dist/web/index.html, scripts/build-web.mjs), opened from
 * disk (file://) in Chromium, where module scripts and module workers do not load: files dropped
 * on it (a folder too), read in a worker started from a Blob URL or, where no worker starts, on the
 * main thread; prefilled forms from records; 500 files with the main thread answering. Every
 * request is recorded: the page itself and its worker's blob: URL are the only ones allowed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { buildWebPage } from "../../scripts/build-web.mjs";
import { describeWithChromium, launchChromium, watchedPage } from "../helpers/chromium";
import { BUILD_TIMEOUT, ROOT, ensureBuilt, jixiao } from "../cli/run";

const SEED = readFileSync(join(ROOT, "samples/seed-forms.docx"));
const SEED_RTF = readFileSync(join(ROOT, "test/fixtures/seed-libreoffice.rtf"));
/** One form (python-docx), small enough to drop 500 copies of. */
const ONE_FORM = readFileSync(join(ROOT, "test/fixtures/single-form-python-docx.docx"));
/** Forms of the other kinds (python-docx): a department's self-evaluation, a transfer payment's, a project's target form. */
const layout = (name: string) => readFileSync(join(ROOT, "test/fixtures/layouts", name));
const DEPARTMENT = layout("L12-department-project-shape-python-docx.docx");
const TRANSFER = layout("L10-transfer-central-python-docx.docx");
const TARGET = layout("L16-target-hunan-python-docx.docx");

/** Runs in the page: the status line says every file was read. (No DOM types here: the project is typed for Node.) */
const READ_ALL = () => String((globalThis as any).document.querySelector("#status")?.textContent).startsWith("已读取");

/** The list's rows, as the cells' texts. */
const table = (page: Page) => page.$$eval("#forms tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));

/**
 * Drops files on the page's drop zone as a browser does: a DataTransfer of File objects in a drop
 * event. `contents` go to the page once; each file names the content it holds.
 */
async function dropFiles(page: Page, contents: Buffer[], files: { name: string; content: number }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ contents, files }) => {
      const bytes = contents.map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      const transfer = new (globalThis as any).DataTransfer();
      for (const { name, content } of files) transfer.items.add(new File([bytes[content]!], name));
      return transfer;
    },
    { contents: contents.map((b) => b.toString("base64")), files },
  );
  await page.dispatchEvent("#drop", "drop", { dataTransfer });
}

/** The file the page offers for download when `action` runs: its suggested name and its bytes. */
async function downloaded(page: Page, action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), action()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Requests other than the page itself and the blob: URL its worker is started from. */
const foreign = (requests: string[], page: string) => requests.filter((url) => url !== page && !url.startsWith("blob:"));

describeWithChromium("the one-file web page opened from disk (file://) in Chromium", () => {
  let browser: Browser;
  let pageUrl: string;
  let work: string;

  beforeAll(async () => {
    await ensureBuilt();
    work = mkdtempSync(join(tmpdir(), "jixiao-web-page-"));
    pageUrl = pathToFileURL(await buildWebPage({ out: join(work, "jixiao.html") })).href;
    browser = await launchChromium();
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("reads the dropped seed in a worker started from a Blob URL: 11 forms, the 4 errors on 附件4-7 and 附件4-10 and on their cells; no other request", async () => {
    const { page, requests, pageErrors } = await watchedPage(browser);
    await page.goto(pageUrl);
    await dropFiles(page, [SEED], [{ name: "seed-forms.docx", content: 0 }]);
    await page.waitForFunction(READ_ALL, undefined, { timeout: 60_000 });

    expect(await page.textContent("#status")).toBe("已读取 1 个文件，共 11 张表。");
    const rows = await table(page);
    expect(rows.map((r) => r[1])).toEqual(Array.from({ length: 11 }, (_, i) => `附件4-${i + 1}`));
    expect(rows.map((r) => `${r[1]} ${r[6]} ${r[7]}`).filter((r) => !r.endsWith(" 0 0"))).toEqual(["附件4-7 1 1", "附件4-10 3 0"]);
    // The kind column: every form of the seed is a project's self-evaluation.
    expect(rows.map((r) => r[3])).toEqual(Array(11).fill("项目支出绩效自评表"));
    expect(await page.isHidden("#main-thread")).toBe(true);

    // 附件4-10: 总分 98 against 88 scored, 分值 100 against 90, a 一级指标 of 30 against its rows' 20.
    await page.click("#forms tbody tr:nth-child(10)");
    const codes = await page.$$eval("#messages li", (lis) => lis.map((li) => `${li.className} ${li.textContent!.split("：")[0]}`));
    expect(codes).toEqual(["error TOTAL_SCORE_MISMATCH", "error TOTAL_WEIGHT_MISMATCH", "error LEVEL1_WEIGHT_MISMATCH"]);
    // Above the table, as on paper: 附件, title, year.
    expect(await page.$$eval("#form-view .paper-heading > *", (els) => els.map((el) => `${el.tagName} ${el.textContent}`))).toEqual(["P 附件4-10", "H3 州级预算部门项目支出绩效自评表", "P （2020年度）"]);
    const flagged = await page.$$eval("#form-view td.flagged", (tds) => tds.map((td) => `${td.className}|${td.textContent}|${td.getAttribute("title")}`));
    // In the table's order: the 效益指标 (30分) cell, then 总分's 分值 and 得分 cells.
    expect(flagged).toEqual([
      expect.stringMatching(/^flagged error\|效益指标\s*（30分）\|.*30.*20/s),
      expect.stringMatching(/^flagged error\|100\|.*100.*90/),
      expect.stringMatching(/^flagged error\|\s*98\|.*98.*88/),
    ]);

    await page.close();
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => url.startsWith("blob:"))).toHaveLength(1);
    expect(foreign(requests, pageUrl)).toEqual([]);
  }, 120_000);

  it("names each form's kind and what it evaluates: a department's, a transfer payment's and a target form beside the seed; filters by kind; English kind names", async () => {
    const { page, pageErrors } = await watchedPage(browser);
    await page.goto(pageUrl);
    await dropFiles(page, [DEPARTMENT, TRANSFER, TARGET, SEED], [
      { name: "部门.docx", content: 0 }, { name: "转移支付.docx", content: 1 }, { name: "目标.docx", content: 2 }, { name: "seed-forms.docx", content: 3 },
    ]);
    await page.waitForFunction(READ_ALL, undefined, { timeout: 60_000 });
    // File, kind, name (the department, the fund, the project), 总分 (none on the transfer form as filled, none on a target form).
    const rows = (await table(page)).map((r) => [r[0], r[3], r[4], r[5]]);
    expect(rows.slice(0, 3)).toEqual([
      ["部门.docx", "部门整体支出绩效自评表", "金寨县农业农村局", "98"],
      ["转移支付.docx", "绩效目标自评表", "车辆购置税收入补助地方资金(普通省道公路建设)", ""],
      ["目标.docx", "项目支出绩效目标表", "坝塘镇村组道路硬化项目", ""],
    ]);
    expect(rows.slice(3).map((r) => r[1])).toEqual(Array(11).fill("项目支出绩效自评表"));

    // Sorted by kind (Chinese collation), then filtered to one kind.
    await page.click("#forms th:nth-child(4)");
    expect((await table(page)).map((r) => r[3]).slice(0, 2)).toEqual(["部门整体支出绩效自评表", "绩效目标自评表"]);
    await page.selectOption("#kind-filter", "project-target");
    expect((await table(page)).map((r) => r[0])).toEqual(["目标.docx"]);
    await page.selectOption("#kind-filter", "department-self-evaluation");
    expect((await table(page)).map((r) => r[0])).toEqual(["部门.docx"]);
    await page.click("#language button[data-lang=en]");
    expect((await table(page)).map((r) => r[3])).toEqual(["Department self-evaluation"]);
    await page.selectOption("#kind-filter", "");
    expect((await table(page)).filter((r) => r[0] === "seed-forms.docx").map((r) => r[3])).toEqual(Array(11).fill("Project self-evaluation"));
    await page.close();
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("generates a blank form of each kind, named after it; the library reads each back as that kind", async () => {
    const { page, requests, pageErrors } = await watchedPage(browser);
    await page.goto(pageUrl);
    const options = await page.$$eval("#blank select[name=kind] option", (os) => os.map((o) => `${(o as any).value} ${o.textContent}`));
    expect(options).toEqual([
      "project-self-evaluation 预算部门项目支出绩效自评表",
      "department-self-evaluation 部门整体支出绩效自评表",
      "transfer-self-evaluation 转移支付绩效目标自评表",
      "project-target 项目绩效目标表",
    ]);
    await page.selectOption("#blank select[name=level]", "州级");
    await page.fill("#blank input[name=year]", "2023");
    await page.fill("#blank input[name=rows]", "2");
    const made: string[] = [];
    for (const kind of ["project-self-evaluation", "department-self-evaluation", "transfer-self-evaluation", "project-target"]) {
      await page.selectOption("#blank select[name=kind]", kind);
      const file = await downloaded(page, () => page.click("#blank button[type=submit]"));
      const { forms } = await parseDocx(file.bytes);
      made.push(`${file.name} | ${forms.map((f) => `${f.kind} ${f.title} ${f.year}`).join(", ")}`);
    }
    expect(made).toEqual([
      "州级2023年度预算部门项目支出绩效自评表（空白）.docx | project-self-evaluation 州级预算部门项目支出绩效自评表 2023",
      "州级2023年度部门整体支出绩效自评表（空白）.docx | department-self-evaluation 州级部门整体支出绩效自评表 2023",
      "州级2023年度转移支付绩效目标自评表（空白）.docx | transfer-self-evaluation 州级转移支付绩效目标自评表 2023",
      "州级2023年度项目绩效目标表（空白）.docx | project-target 州级项目绩效目标表 2023",
    ]);
    await page.close();
    expect(pageErrors).toEqual([]);
    expect(foreign(requests, pageUrl)).toEqual([]);
  }, 180_000);

  it("walks a dropped folder and its subfolders (entries read in batches until an empty one), reads the Word files in path order, lists the others as skipped with the reason", async () => {
    const { page, pageErrors } = await watchedPage(browser);
    await page.goto(pageUrl);
    // Chromium gives a real folder's entries only to a real drag, so the folder here is made of
    // objects with the entries' API (FileSystemDirectoryEntry.createReader().readEntries, which
    // gives a few entries per call, FileSystemFileEntry.file), in a drop event like the browser's.
    await page.evaluate(
      ({ seed, rtf }) => {
        const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const file = (path: string, content: Uint8Array | string) => ({
          isFile: true, isDirectory: false, name: path.split("/").pop()!, fullPath: `/${path}`,
          file: (ok: (f: File) => void) => setTimeout(() => ok(new File([content], path.split("/").pop()!))),
        });
        const folder = (path: string, children: unknown[]) => ({
          isFile: false, isDirectory: true, name: path.split("/").pop()!, fullPath: `/${path}`,
          createReader: () => {
            let at = 0;
            return { readEntries: (ok: (batch: unknown[]) => void) => setTimeout(() => ok(children.slice(at, (at += 2)))) };
          },
        });
        const root = folder("档案", [
          file("档案/说明.txt", "not a form"),
          folder("档案/2021", [file("档案/2021/seed.rtf", bytes(rtf)), file("档案/2021/报表.xlsx", "PK")]),
          file("档案/~$seed.docx", "owner"),
          file("档案/seed.docx", bytes(seed)),
          folder("档案/空", []),
        ]);
        const event = new Event("drop", { bubbles: true, cancelable: true });
        const item = { kind: "file", webkitGetAsEntry: () => root, getAsFile: () => null };
        Object.defineProperty(event, "dataTransfer", { value: { items: [item], files: [] } });
        (globalThis as any).document.querySelector("#drop").dispatchEvent(event);
      },
      { seed: SEED.toString("base64"), rtf: SEED_RTF.toString("base64") },
    );
    await page.waitForFunction(READ_ALL, undefined, { timeout: 60_000 });

    expect(await page.textContent("#status")).toBe("已读取 2 个文件，共 22 张表。跳过 3 个文件（见下）。");
    expect((await table(page)).map((r) => r[0])).toEqual([...Array(11).fill("档案/2021/seed.rtf"), ...Array(11).fill("档案/seed.docx")]);
    // Sorted as the list is (Chinese collation: symbols before digits before letters).
    expect(await page.$$eval("#skipped li", (lis) => lis.map((li) => li.textContent))).toEqual([
      "档案/~$seed.docx：Word 的锁定文件（~$ 开头，只存打开者的名字）",
      "档案/2021/报表.xlsx：不是本页读取的 Word 文件（.xlsx）；文件夹中只读取 .docx、.docm、.doc、.wps、.rtf",
      "档案/说明.txt：不是本页读取的 Word 文件（.txt）；文件夹中只读取 .docx、.docm、.doc、.wps、.rtf",
    ]);
    // In English, the list of skipped files too.
    await page.click("#language button[data-lang=en]");
    expect(await page.textContent("#skipped summary")).toBe("Skipped files (3)");
    expect(await page.textContent("#status")).toBe("Read 2 files, 22 forms. Skipped 3 files (listed below).");
    await page.close();
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("where no worker can start, reads on the main thread, one file at a time, and says so", async () => {
    const { page, requests, pageErrors } = await watchedPage(browser);
    // As a browser or a policy refusing workers would.
    await page.addInitScript(() => {
      (globalThis as any).Worker = function Worker() {
        throw new DOMException("workers are refused here", "SecurityError");
      };
    });
    await page.goto(pageUrl);
    await dropFiles(page, [SEED, ONE_FORM], [{ name: "a.docx", content: 0 }, { name: "b.docx", content: 1 }]);
    await page.waitForFunction(READ_ALL, undefined, { timeout: 60_000 });
    expect(await page.textContent("#status")).toBe("已读取 2 个文件，共 12 张表。");
    expect(await page.isVisible("#main-thread")).toBe(true);
    expect(await page.textContent("#main-thread")).toBe("此浏览器未能启动后台线程，文件在页面中逐个读取，读取时页面可能稍慢。");
    expect((await table(page)).filter((r) => r[6] !== "0").map((r) => `${r[0]} ${r[1]} ${r[6]}`)).toEqual(["a.docx 附件4-7 1", "a.docx 附件4-10 3"]);
    await page.close();
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([pageUrl]);
  }, 120_000);

  it("writes prefilled forms: from the JSON Lines the page exports, the JSON `jixiao parse` writes, and a form chosen in the list; read back with the library", async () => {
    const { page, pageErrors } = await watchedPage(browser);
    await page.goto(pageUrl);
    await dropFiles(page, [SEED], [{ name: "seed-forms.docx", content: 0 }]);
    await page.waitForFunction(READ_ALL, undefined, { timeout: 60_000 });
    const download = (action: () => Promise<unknown>) => downloaded(page, action);
    const errorsOf = async (bytes: Buffer) => {
      const { forms, messages } = await parseDocx(bytes);
      return messages.filter((m) => m.severity === "error").map((m) => `${forms[m.form!]!.attachment} ${m.code} ${m.expected} ${m.actual}`);
    };
    const SEED_ERRORS = [
      "附件4-7 TOTAL_SCORE_MISMATCH 94 96",
      "附件4-10 TOTAL_SCORE_MISMATCH 88 98",
      "附件4-10 TOTAL_WEIGHT_MISMATCH 90 100",
      "附件4-10 LEVEL1_WEIGHT_MISMATCH 20 30",
    ];

    // The page's own JSON Lines, loaded back: the 11 forms as read, their errors with them.
    const jsonl = await download(() => page.click("#export-jsonl"));
    const jsonlPath = join(work, "forms.jsonl");
    writeFileSync(jsonlPath, jsonl.bytes);
    const fromJsonl = await download(() => page.setInputFiles("#record", jsonlPath));
    expect(fromJsonl.name).toBe("forms（预填）.docx");
    const readBack = await parseDocx(fromJsonl.bytes);
    expect(readBack.forms.map((f) => f.attachment)).toEqual(Array.from({ length: 11 }, (_, i) => `附件4-${i + 1}`));
    expect((readBack.forms[0] as { project: { name: string } }).project.name).toBe("网络平台运行及维护费");
    expect(await errorsOf(fromJsonl.bytes)).toEqual(SEED_ERRORS);

    // The command's JSON (an array of the same lines).
    const jsonPath = join(work, "命令导出.json");
    expect([0, 1]).toContain((await jixiao(["parse", join(ROOT, "samples/seed-forms.docx"), "-o", jsonPath, "--quiet"])).code);
    const fromJson = await download(() => page.setInputFiles("#record", jsonPath));
    expect(fromJson.name).toBe("命令导出（预填）.docx");
    expect(await errorsOf(fromJson.bytes)).toEqual(SEED_ERRORS);

    // A form chosen in the list.
    await page.click("#forms tbody tr:nth-child(7)");
    const one = await download(() => page.click("#prefill-form"));
    expect(one.name).toBe("seed-forms 附件4-7（预填）.docx");
    expect(await errorsOf(one.bytes)).toEqual(["附件4-7 TOTAL_SCORE_MISMATCH 94 96"]);

    // What is no record is said, not written.
    const bad = join(work, "坏.json");
    writeFileSync(bad, "{ not json\n");
    const refused = () => page.waitForFunction(() => String((globalThis as any).document.querySelector("#status").textContent).startsWith("无法生成"));
    await page.setInputFiles("#record", bad);
    await refused();
    expect(await page.textContent("#status")).toMatch(/^无法生成：不是 JSON 或 JSON Lines（第 1 行：/);
    const notForm = join(work, "别的.json");
    writeFileSync(notForm, JSON.stringify({ name: "不是表" }));
    await page.setInputFiles("#record", notForm);
    await page.waitForFunction(() => String((globalThis as any).document.querySelector("#status").textContent).includes("nothing was written"));
    expect(await page.textContent("#status")).toMatch(/^无法生成：.*nothing was written/s);
    await page.close();
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("exports XLSX and CSV as the command writes them: the seed's 4 errors on 附件4-7 and 附件4-10 in the workbook's 校验 sheet and in the messages CSV", async () => {
    const { page, requests, pageErrors } = await watchedPage(browser);
    await page.goto(pageUrl);
    await dropFiles(page, [SEED, Buffer.from("这不是 Word 文件")], [{ name: "seed-forms.docx", content: 0 }, { name: "坏文件.docx", content: 1 }]);
    await page.waitForFunction(READ_ALL, undefined, { timeout: 60_000 });
    const download = (action: () => Promise<unknown>) => downloaded(page, action);
    const SEED_ERRORS = [
      "seed-forms.docx 附件4-7 TOTAL_SCORE_MISMATCH 94 96",
      "seed-forms.docx 附件4-10 TOTAL_SCORE_MISMATCH 88 98",
      "seed-forms.docx 附件4-10 TOTAL_WEIGHT_MISMATCH 90 100",
      "seed-forms.docx 附件4-10 LEVEL1_WEIGHT_MISMATCH 20 30",
    ];
    /** The error rows of a messages table (header row first), by the columns' Chinese names. */
    const errorRows = (rows: unknown[][]) => {
      const [header, ...body] = rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))));
      const at = (name: string) => header!.indexOf(name);
      expect(["文件", "附件", "严重程度", "代码", "应为", "实为"].map(at).every((i) => i >= 0), header!.join(",")).toBe(true);
      return body.filter((r) => r[at("严重程度")] === "error").map((r) => ["文件", "附件", "代码", "应为", "实为"].map((n) => r[at(n)]).join(" "));
    };

    const xlsx = await download(() => page.click("#export-xlsx"));
    expect(xlsx.name).toBe("forms.xlsx");
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("校验")!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const errors = errorRows(rows);
    // The file that is no Word document has its error row too.
    expect(errors.filter((e) => e.startsWith("seed-forms.docx"))).toEqual(SEED_ERRORS);
    expect(errors.filter((e) => e.startsWith("坏文件.docx"))).toHaveLength(1);

    await page.selectOption("#csv-table", "messages");
    const csv = await download(() => page.click("#export-csv"));
    expect(csv.name).toBe("forms-messages.csv");
    const text = csv.bytes.toString("utf8");
    expect(text.startsWith("\ufeff")).toBe(true);
    // Read back by exceljs's CSV reader (quoted fields with commas and line breaks included).
    const fromCsv = new ExcelJS.Workbook();
    const csvSheet = await fromCsv.csv.read(Readable.from([text.slice(1)]));
    const csvRows: unknown[][] = [];
    csvSheet.eachRow((row) => csvRows.push((row.values as unknown[]).slice(1)));
    expect(errorRows(csvRows).filter((e) => e.startsWith("seed-forms.docx"))).toEqual(SEED_ERRORS);

    await page.close();
    expect(pageErrors).toEqual([]);
    expect(foreign(requests, pageUrl)).toEqual([]);
  }, 120_000);

  it("500 dropped files: all listed, and the main thread answers while they are read (a click is handled at once; ticks of 50 ms never 500 ms apart)", async () => {
    const { page, requests, pageErrors } = await watchedPage(browser);
    await page.goto(pageUrl);
    await dropFiles(page, [ONE_FORM], Array.from({ length: 500 }, (_, i) => ({ name: `第${i + 1}份.docx`, content: 0 })));
    // Started once the drop is delivered: what is measured is the reading, not the test's own setup.
    await page.evaluate(() => {
      const g = globalThis as any;
      g.ticks = { last: performance.now(), longest: 0, count: 0 };
      g.heartbeat = setInterval(() => {
        const now = performance.now();
        g.ticks.longest = Math.max(g.ticks.longest, now - g.ticks.last);
        g.ticks.last = now;
        g.ticks.count++;
      }, 50);
    });
    // A click while files are being read: the language switches at once.
    await page.waitForFunction(() => Number((globalThis as any).document.querySelector("#progress").value) >= 20, undefined, { timeout: 60_000 });
    await page.click("#language button[data-lang=en]");
    const during = await page.evaluate(() => [(globalThis as any).document.querySelector("h1").textContent, Number((globalThis as any).document.querySelector("#progress").value)]);
    expect(during[0]).toBe("Performance self-evaluation forms: read and check");
    expect(during[1]).toBeLessThan(500);
    await page.waitForFunction(() => String((globalThis as any).document.querySelector("#status").textContent).startsWith("Read "), undefined, { timeout: 300_000 });
    const ticks = await page.evaluate(() => {
      const g = globalThis as any;
      clearInterval(g.heartbeat);
      return g.ticks as { longest: number; count: number };
    });
    console.log(`500 files: longest gap between 50 ms ticks ${ticks.longest.toFixed(0)} ms over ${ticks.count} ticks`);
    expect(ticks.count).toBeGreaterThan(5);
    // 110–120 ms on this project's 2-core machine under a load of 20; up to 320 ms seen while the whole
    // suite runs beside it. A page reading on its main thread without a pause freezes for seconds.
    expect(ticks.longest).toBeLessThan(500);

    expect(await page.textContent("#status")).toBe("Read 500 files, 500 forms.");
    const files = (await table(page)).map((r) => r[0]);
    expect(files).toHaveLength(500);
    expect(new Set(files)).toEqual(new Set(Array.from({ length: 500 }, (_, i) => `第${i + 1}份.docx`)));
    await page.close();
    expect(pageErrors).toEqual([]);
    expect(foreign(requests, pageUrl)).toEqual([]);
  }, 400_000);
});
