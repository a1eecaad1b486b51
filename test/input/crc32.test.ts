import { describe, expect, it } from "vitest";
import { crc32 } from "../../src/input/crc32";

describe("crc32", () => {
  it("gives the standard check values", () => {
    // The CRC-32 catalogue's check value: CRC of the ASCII bytes "123456789".
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    // A value above 2^31: the result is unsigned, as a zip directory stores it.
    expect(crc32(new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
  });
});
