import { describe, expect, it } from "vitest";
import { decodeUtf16Name, latin1 } from "../../src/input/text";

describe("byte decodings without Buffer", () => {
  it("latin1: every byte is the character of its code, 0x80-0x9F included (not windows-1252)", () => {
    expect(latin1(Uint8Array.of(0x41, 0x80, 0x93, 0xe9, 0xff))).toBe("A\u0080\u0093\u00e9\u00ff");
    // Longer than one slice of 8,192 bytes.
    expect(latin1(new Uint8Array(20_000).fill(0x61))).toBe("a".repeat(20_000));
  });

  it("UTF-16LE names: code units as they are, a lone surrogate kept, an odd last byte dropped", () => {
    expect(decodeUtf16Name(Uint8Array.of(0x57, 0x00, 0x6f, 0x00, 0x72, 0x00, 0x64, 0x00))).toBe("Word");
    expect(decodeUtf16Name(Uint8Array.of(0x00, 0xd8, 0x41, 0x00, 0x42))).toBe("\ud800A");
  });
});
