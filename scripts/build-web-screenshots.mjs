/**
 * The README's screenshots of the web page, samples/web-list.png and samples/web-form.png: the
 * one-file page (dist/web/index.html, `npm run build` first) opened from disk in Chromium at
 * 1280×800, samples/seed-forms.docx chosen in it; the list, then 附件4-10's form view at its marked cells. Run by hand
 * when the page changes: `node scripts/build-web-screenshots.mjs` (Chromium: JIXIAO_CHROMIUM or
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
  await page.screenshot({ path: join(ROOT, "samples/web-list.png") });
  await page.click("#forms tbody tr:nth-child(10)");
  // The marked cells (效益指标, 总分) with their messages beside them, near the form's end.
  await page.evaluate(() => [...document.querySelectorAll("#form-view td.flagged")].pop().scrollIntoView({ block: "center" }));
  await page.screenshot({ path: join(ROOT, "samples/web-form.png") });
  console.log("samples/web-list.png, samples/web-form.png");
} finally {
  await browser.close();
}
