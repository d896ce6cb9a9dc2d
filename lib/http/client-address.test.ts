import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, UNKNOWN_ADDRESS, clientAddressFrom, clientAddressOf, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.10, fd00::/8");

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddressOf("198.51.100.7", "203.0.113.1", none)).toBe("198.51.100.7");
    expect(clientAddressOf("::ffff:198.51.100.7", "203.0.113.1, 10.0.0.1", none)).toBe("198.51.100.7");
  });

  it("walks back through trusted proxies only, and ignores what the client itself put further left", () => {
    // client 203.0.113.5 sent a forged "1.2.3.4"; the trusted proxy 10.1.1.1 appended the real peer.
    expect(clientAddressOf("10.1.1.1", "1.2.3.4, 203.0.113.5", proxies)).toBe("203.0.113.5");
    // Two trusted hops: the load balancer 192.0.2.10, then the ingress 10.2.2.2.
    expect(clientAddressOf("192.0.2.10", "1.2.3.4, 203.0.113.5, 10.2.2.2", proxies)).toBe("203.0.113.5");
    expect(clientAddressOf("fd00::1", "2001:db8::9", proxies)).toBe("2001:db8::9");
  });

  it("stops at the last real address when a hop is malformed or missing", () => {
    expect(clientAddressOf("10.1.1.1", "not-an-address", proxies)).toBe("10.1.1.1");
    expect(clientAddressOf("10.1.1.1", undefined, proxies)).toBe("10.1.1.1");
    expect(clientAddressOf(undefined, "203.0.113.5", proxies)).toBe(UNKNOWN_ADDRESS);
  });

  it("refuses a setting that is not addresses or blocks, naming the entry", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow('"10.0.0.0/33"');
    expect(() => parseTrustedProxies("proxy.internal")).toThrow('"proxy.internal"');
    expect(() => parseTrustedProxies("10.0.0.1/8/1")).toThrow();
    expect(parseTrustedProxies(" 10.0.0.1 , ").entries).toEqual(["10.0.0.1"]);
  });

  it("is read from the server's own header, never from X-Forwarded-For", () => {
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "1.2.3.4" }))).toBe("198.51.100.7");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: ["198.51.100.7"] })).toBe("198.51.100.7");
  });
});
