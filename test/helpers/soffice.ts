/**
 * Tests that run LibreOffice. Where `soffice` is absent they are skipped, with one printed line
 * saying why and what to install; with CI=true (or JIXIAO_REQUIRE_SOFFICE=1) LibreOffice is
 * required and its absence fails the run instead. The program is looked up as the library does
 * (findSoffice: PATH, then the usual install places), so "absent" means what it means for a user.
 */
import { describe, it } from "vitest";
import { findSoffice } from "../../src/input/convert";

export const SOFFICE: string | null = findSoffice();

export const INSTALL_SOFFICE = "install LibreOffice to run them (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)";

/** What to do with a LibreOffice test: run it, skip it, or fail because LibreOffice is required. */
export function sofficeGate(soffice: string | null, env: NodeJS.ProcessEnv): "run" | "skip" | "fail" {
  if (soffice !== null) return "run";
  const required = env.CI === "true" || env.CI === "1" || env.JIXIAO_REQUIRE_SOFFICE === "1";
  return required ? "fail" : "skip";
}

/** `describe` for a block that needs LibreOffice: runs when present, skips (and says so) when not. */
export function describeWithSoffice(name: string, body: () => void): void {
  const gate = sofficeGate(SOFFICE, process.env);
  if (gate === "run") {
    describe(name, body);
  } else if (gate === "fail") {
    describe(name, () => {
      it("needs LibreOffice", () => {
        throw new Error(`LibreOffice (soffice) is required (CI=true or JIXIAO_REQUIRE_SOFFICE=1) but was not found on PATH; ${INSTALL_SOFFICE}`);
      });
    });
  } else {
    console.warn(`skipped "${name}": LibreOffice (soffice) is not on PATH; ${INSTALL_SOFFICE}`);
    describe.skip(name, body);
  }
}
