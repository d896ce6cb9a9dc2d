import { describe, expect, it } from "vitest";
import { ZChangePassword, ZSetUserDisabled, ZTotpCode } from "./account";
import { safeCallbackPath } from "./auth";

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeCallbackPath("/admin/users", null)).toBe("/admin/users");
    expect(safeCallbackPath("/workspace?tab=results#top", null)).toBe("/workspace?tab=results#top");
    expect(safeCallbackPath("/", null)).toBe("/");
  });

  it("refuses anything a browser could read as another host, and non-strings", () => {
    for (const value of ["//evil.example", "/\\evil.example", "https://evil.example/", "evil", "", "/\t/evil.example", "/a\nb", ["/a"], undefined, 42]) {
      expect(safeCallbackPath(value, null)).toBeNull();
    }
    expect(safeCallbackPath(`/${"a".repeat(2000)}`, null)).toBeNull();
    expect(safeCallbackPath("//evil.example")).toBe("/home");
  });
});

describe("form schemas", () => {
  it("reads a ticked checkbox as true and a missing one as false", () => {
    const base = { currentPassword: "x", newPassword: "y" };
    expect(ZChangePassword.parse({ ...base, signOutOthers: "on" }).signOutOthers).toBe(true);
    expect(ZChangePassword.parse(base).signOutOthers).toBe(false);
    expect(ZChangePassword.safeParse({ ...base, signOutOthers: "yes please" }).success).toBe(false);
    expect(ZChangePassword.safeParse({ ...base, other: "x" }).success).toBe(false);
  });

  it("accepts authenticator codes as apps show them", () => {
    expect(ZTotpCode.parse(" 123 456 ")).toBe("123 456");
    expect(ZTotpCode.safeParse("12345").success).toBe(false);
    expect(ZTotpCode.safeParse("1234567").success).toBe(false);
  });

  it("parses the disable flag from a hidden field or a boolean", () => {
    expect(ZSetUserDisabled.parse({ userId: "abc", disabled: "true" }).disabled).toBe(true);
    expect(ZSetUserDisabled.parse({ userId: "abc", disabled: false }).disabled).toBe(false);
    expect(ZSetUserDisabled.safeParse({ userId: "a b", disabled: "true" }).success).toBe(false);
  });
});
