/**
 * Tests that run in a real browser (Chromium, driven by playwright-core). Where Chromium is absent
 * they are skipped, with one printed line saying why and what to install; with CI=true (or
 * JIXIAO_REQUIRE_CHROMIUM=1) Chromium is required and its absence fails the run instead.
 * The browser is JIXIAO_CHROMIUM when set, else Debian's /usr/bin/chromium.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { describe, it } from "vitest";

export function findChromium(env: NodeJS.ProcessEnv): string | null {
  const candidate = env.JIXIAO_CHROMIUM || "/usr/bin/chromium";
  return existsSync(candidate) ? candidate : null;
}

export const CHROMIUM: string | null = findChromium(process.env);

export const INSTALL_CHROMIUM = "install Chromium to run them (Debian/Ubuntu: apt-get install chromium) or set JIXIAO_CHROMIUM to a Chromium or Chrome program";

/** What to do with a browser test: run it, skip it, or fail because Chromium is required. */
export function chromiumGate(chromium: string | null, env: NodeJS.ProcessEnv): "run" | "skip" | "fail" {
  if (chromium !== null) return "run";
  const required = env.CI === "true" || env.CI === "1" || env.JIXIAO_REQUIRE_CHROMIUM === "1";
  return required ? "fail" : "skip";
}

/** `describe` for a block that needs Chromium: runs when present, skips (and says so) when not. */
export function describeWithChromium(name: string, body: () => void): void {
  const gate = chromiumGate(CHROMIUM, process.env);
  if (gate === "run") {
    describe(name, body);
  } else if (gate === "fail") {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`Chromium is required (CI=true or JIXIAO_REQUIRE_CHROMIUM=1) but ${process.env.JIXIAO_CHROMIUM || "/usr/bin/chromium"} was not found; ${INSTALL_CHROMIUM}`);
      });
    });
  } else {
    console.warn(`skipped "${name}": Chromium was not found at ${process.env.JIXIAO_CHROMIUM || "/usr/bin/chromium"}; ${INSTALL_CHROMIUM}`);
    describe.skip(name, body);
  }
}

/** Debian's Chromium (or JIXIAO_CHROMIUM), headless, with its own calls home turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM!, args: ["--no-first-run", "--disable-background-networking", "--disable-component-update"] });
}

/** A new page that records every request it makes and every uncaught error in it. */
export async function watchedPage(browser: Browser): Promise<{ page: Page; requests: string[]; pageErrors: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  return { page, requests, pageErrors };
}
