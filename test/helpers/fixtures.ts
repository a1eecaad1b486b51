import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

export function fixture(name: string): Uint8Array {
  return readFileSync(FIXTURES + name);
}

export const READERS = ["direct", "mammoth"] as const;
