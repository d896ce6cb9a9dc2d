import { afterEach, describe, expect, it, vi } from "vitest";

async function load(secret: string | undefined) {
  vi.resetModules();
  vi.stubEnv("AUTH_SECRET", secret);
  return import("./known-device");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the known-device cookie", () => {
  it("is recognised for the account it was made for, whatever the email's case, and no other", async () => {
    const { KNOWN_DEVICE_COOKIE, isKnownDevice, knownDeviceToken } = await load("a-test-secret-that-is-long-enough-0123456789");
    const token = knownDeviceToken("Ana@Example.com")!;
    const header = `other=1; ${KNOWN_DEVICE_COOKIE}=${token}; last=2`;
    expect(isKnownDevice(header, "ana@example.com")).toBe(true);
    expect(isKnownDevice(header, "ben@example.com")).toBe(false);
    expect(isKnownDevice(`${KNOWN_DEVICE_COOKIE}=${token.slice(0, -1)}x`, "ana@example.com")).toBe(false);
    expect(isKnownDevice(undefined, "ana@example.com")).toBe(false);
  });

  it("cannot be made without the session secret, nor carried over to another secret", async () => {
    const first = await load("a-test-secret-that-is-long-enough-0123456789");
    const token = first.knownDeviceToken("ana@example.com")!;
    const other = await load("another-secret-that-is-long-enough-9876543210");
    expect(other.isKnownDevice(`${other.KNOWN_DEVICE_COOKIE}=${token}`, "ana@example.com")).toBe(false);
    const none = await load(undefined);
    expect(none.knownDeviceToken("ana@example.com")).toBeNull();
  });
});
