/**
 * exceljs is an optional peer dependency: only XLSX output needs it, and it weighs more than the
 * rest of the package together. This is the one place it is loaded. `resolve` is the import itself,
 * a parameter only so that a test can name a module that is really absent.
 */
import { JixiaoError } from "../../errors";

export type ExcelJS = typeof import("exceljs");

const INSTALL = "npm install exceljs";

export async function loadExcelJS(resolve: () => Promise<unknown> = () => import("exceljs")): Promise<ExcelJS> {
  let loaded: unknown;
  try {
    loaded = await resolve();
  } catch (error) {
    // Only "not installed" becomes the typed error; anything else (a broken install) is left as it is.
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    throw new JixiaoError(
      "XLSX_WRITER_MISSING",
      `Writing XLSX needs the exceljs package, which is not installed. Run "${INSTALL}" where jixiao-docx is installed (add -g for a global install), or write CSV instead (--format csv).`,
    );
  }
  // An ES module import gives the CommonJS exports as `default`.
  const module = loaded as { default?: ExcelJS } & Partial<ExcelJS>;
  return (module.default ?? module) as ExcelJS;
}
