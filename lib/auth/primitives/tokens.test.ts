import { describe, expect, it } from "vitest";
import { hashOpaqueToken, newOpaqueToken, safeEqual } from "./tokens";

describe("newOpaqueToken", () => {
  it("gives 256 random bits as unpadded base64url by default", () => {
    const token = newOpaqueToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(newOpaqueToken()).not.toBe(token);
  });

  it("honours the byte count but refuses fewer than 128 bits", () => {
    expect(Buffer.from(newOpaqueToken(16), "base64url")).toHaveLength(16);
    expect(Buffer.from(newOpaqueToken(48), "base64url")).toHaveLength(48);
    expect(() => newOpaqueToken(15)).toThrow(RangeError);
    expect(() => newOpaqueToken(20.5)).toThrow(RangeError);
  });
});

describe("hashOpaqueToken", () => {
  it("is SHA-256 hex", () => {
    expect(hashOpaqueToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const token = newOpaqueToken();
    expect(hashOpaqueToken(token)).toBe(hashOpaqueToken(token));
    expect(hashOpaqueToken(token)).not.toBe(hashOpaqueToken(newOpaqueToken()));
  });
});

describe("safeEqual", () => {
  it("is true only for identical strings", () => {
    expect(safeEqual("", "")).toBe(true);
    expect(safeEqual("same-token", "same-token")).toBe(true);
    expect(safeEqual("café 🔐", "café 🔐")).toBe(true);
    expect(safeEqual("same-token", "same-tokem")).toBe(false);
    expect(safeEqual("Same-token", "same-token")).toBe(false);
  });

  it("compares strings of different lengths without throwing", () => {
    expect(safeEqual("short", "a much longer string")).toBe(false);
    expect(safeEqual("abc", "")).toBe(false);
  });
});
