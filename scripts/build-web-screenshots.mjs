/**
 * The README's screenshots of the web page, samples/web-list.png and samples/web-form.png: the
 * one-file page (dist/web/index.html, `npm run build` first) opened from disk in Chromium, 1280
 * wide, samples/seed-forms.docx chosen in it; the page down to the list's end, then 附件4-10's form
 * view from its top (its messages, its title, its first rows) down to its last marked cell. Run by
 * hand when the page changes: `node scripts/build-web-screenshots.mjs` (Chromium: JIXIAO_CHROMIUM or
 * /usr/bin/chromium).
 */
import { chromium } from "playwright-core";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { WEB_PAGE } from "./build-web.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const browser = await chromium.launch({ executablePath: process.env.JIXIAO_CHROMIUM || "/usr/bin/chromium" });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(pathToFileURL(WEB_PAGE).href);
  await page.setInputFiles("#files", join(ROOT, "samples/seed-forms.docx"));
  await page.waitForFunction(() => document.querySelector("#status").textContent.startsWith("已读取"));
  // The page's top down to the list's end: all 11 forms, 附件4-7 and 附件4-10 with their errors.
  const height = await page.evaluate(() => document.querySelector("#forms").getBoundingClientRect().bottom + scrollY + 10);
  await page.screenshot({ path: join(ROOT, "samples/web-list.png"), fullPage: true, clip: { x: 0, y: 0, width: 1280, height } });
  await page.click("#forms tbody tr:nth-child(10)");
  // The form view from its top (the messages, the form's title and first rows) down to its last marked
  // cell (效益指标, then 总分 near the form's end), each with its message beside it: a clip of the whole page.
  const clip = await page.evaluate(() => {
    const top = document.querySelector("#detail-title").getBoundingClientRect().top + scrollY - 10;
    const bottom = [...document.querySelectorAll("#form-view td.flagged")].pop().closest("tr").getBoundingClientRect().bottom + scrollY + 20;
    return { x: 0, y: top, width: 1280, height: bottom - top };
  });
  await page.screenshot({ path: join(ROOT, "samples/web-form.png"), fullPage: true, clip });
  console.log("samples/web-list.png, samples/web-form.png");
} finally {
  await browser.close();
}
