/**
 * The library for browsers: the same API as src/index.ts less what needs Node (parseFile, which
 * reads paths and runs LibreOffice). The writer loads on the first writeDocx call.
 */
export * from "./api";
export { writeDocx, writeDocxWithMessages } from "./write/lazy";
