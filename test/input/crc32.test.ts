import { randomBytes } from "node:crypto";
import { crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32 } from "../../src/input/crc32";

describe("crc32 in JavaScript (the browser build's)", () => {
  it("gives the standard check values", () => {
    // The CRC-32 catalogue's check value: CRC of the ASCII bytes "123456789".
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    // A value above 2^31: the result is unsigned, as a zip directory stores it.
    expect(crc32(new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
  });

  it("agrees with node:zlib's crc32 (the Node build's) on random bytes, 0 to 4 KB long", () => {
    for (let length = 0; length <= 4096; length += 37) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(crc32(bytes), `${length} bytes`).toBe(zlibCrc32(bytes));
    }
  });

  it("agrees with node:zlib's crc32 on a subarray (it reads the view, not its whole buffer)", () => {
    const bytes = new Uint8Array(randomBytes(1000));
    const view = bytes.subarray(100, 900);
    expect(crc32(view)).toBe(zlibCrc32(Buffer.from(bytes.buffer, 100, 800)));
  });
});
