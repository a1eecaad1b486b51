export * from "./api";
export { writeDocx, writeDocxWithMessages } from "./write/index";
export { parseFile, type ParseFileOptions } from "./parse-file";
export type { ConvertOptions } from "./input/convert";
