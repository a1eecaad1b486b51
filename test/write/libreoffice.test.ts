/**
 * Writer output must open in another office suite, not only in our own reader: LibreOffice converts
 * it to PDF, a page or more per form (CI installs and requires LibreOffice; elsewhere these tests
 * are skipped without it, and say so). How the pages look is checked by eye: scripts/render.sh,
 * samples/*.png.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { blankForm } from "../../src/write/blank";
import { writeDocx } from "../../src/write/index";
import { expectedSeedRecords } from "../helpers/seed";
import { describeWithSoffice, SOFFICE } from "../helpers/soffice";

const dir = mkdtempSync(join(tmpdir(), "jixiao-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function toPdf(name: string, bytes: Uint8Array): Buffer {
  const input = join(dir, `${name}.docx`);
  writeFileSync(input, bytes);
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, input], { stdio: "pipe", timeout: 120_000 });
  return readFileSync(join(dir, `${name}.pdf`));
}

describeWithSoffice("LibreOffice opens what the writer produces", () => {
  it("converts a blank form and the 11 seed forms to PDF", async () => {
    const blank = toPdf("blank", await writeDocx(blankForm({ level: "县级", year: 2021, attachment: "附件1" })));
    const seed = toPdf("seed", await writeDocx(expectedSeedRecords()));
    expect(blank.subarray(0, 5).toString()).toBe("%PDF-");
    expect(seed.subarray(0, 5).toString()).toBe("%PDF-");
    // One page or more per form: the PDF's page count (its /Type /Page objects) is at least 11.
    const pages = seed.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(11);
  }, 240_000);
});
