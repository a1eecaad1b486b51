/**
 * How long the printed forms are: LibreOffice lays out what the writer produces and counts the
 * pages. The 11 forms of the real 2020 document fill 20 pages in the original; ours must not take
 * more. A blank form of each kind fits one page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { blankForm } from "../../src/write/blank";
import { writeDocx } from "../../src/write/document";
import { describeWithSoffice, SOFFICE } from "../helpers/soffice";
import { expectedSeedRecords } from "../helpers/seed";

const dir = mkdtempSync(join(tmpdir(), "jixiao-pages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pages of the PDF LibreOffice makes of the .docx: its /Type /Page objects (not /Pages). */
function pageCount(name: string, docx: Uint8Array): number {
  const input = join(dir, `${name}.docx`);
  writeFileSync(input, docx);
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, input], {
    stdio: "pipe",
    timeout: 120_000,
  });
  const pdf = readFileSync(join(dir, `${name}.pdf`)).toString("latin1");
  return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describeWithSoffice("the written forms in LibreOffice", () => {
  it("fit the 11 seed forms in at most 20 pages", async () => {
    const pages = pageCount("seed", await writeDocx(expectedSeedRecords()));
    expect(pages).toBeGreaterThanOrEqual(11);
    expect(pages).toBeLessThanOrEqual(20);
  }, 240_000);

  it("fit a blank form with two rows under every 二级指标 on one page", async () => {
    expect(pageCount("blank", await writeDocx(blankForm({ level: "州级", year: 2021, attachment: "附件1", rows: 2 })))).toBe(1);
  }, 240_000);

  it("fit a blank 部门整体 form and a blank 转移支付 form, two rows under every 二级指标, on one page each", async () => {
    const department = blankForm({ kind: "department-self-evaluation", level: "县级", year: 2023, attachment: "附件2", rows: 2 });
    const transfer = blankForm({ kind: "transfer-self-evaluation", level: "县级", year: 2023, attachment: "附件3", rows: 2 });
    expect(pageCount("department", await writeDocx(department))).toBe(1);
    expect(pageCount("transfer", await writeDocx(transfer))).toBe(1);
    // One after the other: each starts on a new page.
    expect(pageCount("both", await writeDocx([department, transfer]))).toBe(2);
  }, 240_000);
});
