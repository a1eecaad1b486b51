/**
 * A program can load both builds of the package (its own code `import`s it, a dependency
 * `require`s it): each build has its own JixiaoError class, and each must recognise the other's
 * errors.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT, ensureBuilt, ROOT } from "../cli/run";

type Build = typeof import("../../src/index");

let esm: Build;
let cjs: Build;

beforeAll(async () => {
  await ensureBuilt();
  esm = await import(pathToFileURL(join(ROOT, "dist/index.js")).href);
  cjs = createRequire(import.meta.url)(join(ROOT, "dist/index.cjs"));
}, BUILD_TIMEOUT);

async function thrownBy(build: Build): Promise<unknown> {
  try {
    await build.parseDocx(new Uint8Array(0));
  } catch (error) {
    return error;
  }
  throw new Error("parseDocx of no bytes did not throw");
}

describe("errors across the ES module and CommonJS builds", () => {
  it("the two builds are separate copies, each with its own class", () => {
    expect(esm.JixiaoError).not.toBe(cjs.JixiaoError);
  });

  it.each([
    ["thrown by the CommonJS build, recognised by the ES module build", () => cjs, () => esm],
    ["thrown by the ES module build, recognised by the CommonJS build", () => esm, () => cjs],
  ])("%s", async (_name, thrower, recogniser) => {
    const error = await thrownBy(thrower());
    expect(recogniser().isJixiaoError(error)).toBe(true);
    expect(error instanceof recogniser().JixiaoError).toBe(true);
    expect((error as { code: string }).code).toBe("EMPTY_INPUT");
  });

  it("errors made with either class are recognised by both", () => {
    for (const maker of [esm, cjs]) {
      const error = new maker.JixiaoError("BAD_OPTION", "x");
      for (const build of [esm, cjs]) {
        expect(build.isJixiaoError(error)).toBe(true);
        expect(error instanceof build.JixiaoError).toBe(true);
      }
    }
  });

  it("look-alikes are not JixiaoErrors", () => {
    const lookAlikes: unknown[] = [
      new Error("x"),
      Object.assign(new Error("x"), { name: "JixiaoError", code: "BAD_OPTION" }),
      { name: "JixiaoError", code: "BAD_OPTION", message: "x" },
      null,
      undefined,
      "JixiaoError",
    ];
    for (const build of [esm, cjs]) {
      for (const value of lookAlikes) {
        expect(build.isJixiaoError(value)).toBe(false);
        expect(value instanceof build.JixiaoError).toBe(false);
      }
    }
  });

  it("a subclass keeps the usual instanceof: a plain JixiaoError is not an instance of it", () => {
    class Narrower extends esm.JixiaoError {}
    expect(new Narrower("BAD_OPTION", "x") instanceof Narrower).toBe(true);
    expect(new Narrower("BAD_OPTION", "x") instanceof esm.JixiaoError).toBe(true);
    expect(new esm.JixiaoError("BAD_OPTION", "x") instanceof Narrower).toBe(false);
    expect(new cjs.JixiaoError("BAD_OPTION", "x") instanceof Narrower).toBe(false);
  });
});
