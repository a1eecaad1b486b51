/**
 * Tests that run LibreOffice. Where `soffice` is absent they are skipped, with one printed line
 * saying why and what to install; with CI=true (or JIXIAO_REQUIRE_SOFFICE=1) LibreOffice is
 * required and its absence fails the run instead.
 */
import { describe } from "vitest";
import { findSoffice } from "../../src/input/convert";

export const SOFFICE: string | null = findSoffice();

const required = process.env.CI === "true" || process.env.JIXIAO_REQUIRE_SOFFICE === "1";
const announced = new Set<string>();

/** `describe` for a block that needs LibreOffice: runs when present, skips (and says so) when not. */
export function describeWithSoffice(name: string, body: () => void): void {
  if (SOFFICE !== null) {
    describe(name, body);
    return;
  }
  if (required) {
    describe(name, () => {
      throw new Error(
        "LibreOffice (soffice) is required here (CI=true or JIXIAO_REQUIRE_SOFFICE=1) but was not found on PATH: " +
          "apt-get install libreoffice-writer-nogui",
      );
    });
    return;
  }
  if (!announced.has(name)) {
    announced.add(name);
    console.warn(`skipped "${name}": LibreOffice (soffice) is not on PATH; install it to run these tests (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)`);
  }
  describe.skip(name, body);
}
