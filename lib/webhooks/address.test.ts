import { describe, expect, it } from "vitest";
import { classifyAddress, isPublicAddress, type AddressClass } from "./address";

const CASES: [string, AddressClass][] = [
  // IPv4
  ["8.8.8.8", "public"],
  ["1.1.1.1", "public"],
  ["93.184.216.34", "public"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "unspecified"],
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.1", "private"],
  ["10.255.255.255", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["172.15.255.255", "public"],
  ["172.32.0.0", "public"],
  ["192.168.1.1", "private"],
  ["192.169.0.1", "public"],
  ["169.254.169.254", "metadata"],
  ["169.254.0.1", "link_local"],
  ["169.254.169.253", "link_local"],
  ["100.64.0.1", "cgnat"],
  ["100.127.255.255", "cgnat"],
  ["100.63.255.255", "public"],
  ["100.128.0.0", "public"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "reserved"],
  ["192.0.2.10", "reserved"],
  ["198.51.100.7", "reserved"],
  ["203.0.113.200", "reserved"],
  ["198.18.0.1", "reserved"],
  ["192.0.0.8", "reserved"],
  // IPv6
  ["2606:4700:4700::1111", "public"],
  ["2001:4860:4860::8888", "public"],
  ["::", "unspecified"],
  ["0:0:0:0:0:0:0:0", "unspecified"],
  ["::1", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["[::1]", "loopback"],
  ["fe80::1", "link_local"],
  ["fe80::1%eth0", "link_local"],
  ["[fe80::abcd%25en0]", "link_local"],
  ["febf::1", "link_local"],
  ["fec0::1", "private"],
  ["fc00::1", "unique_local"],
  ["fd12:3456:789a::1", "unique_local"],
  ["fd00:ec2::254", "metadata"],
  ["ff02::1", "multicast"],
  ["ff05::2", "multicast"],
  ["2001:db8::1", "reserved"],
  ["::10.0.0.1", "reserved"],
  // IPv4-mapped and NAT64 addresses are judged by the IPv4 address they reach
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::FFFF:10.1.2.3", "private"],
  ["::ffff:169.254.169.254", "metadata"],
  ["::ffff:a9fe:a9fe", "metadata"],
  ["::ffff:0.0.0.0", "unspecified"],
  ["::ffff:8.8.8.8", "public"],
  ["64:ff9b::192.168.0.1", "private"],
  ["64:ff9b::8.8.8.8", "public"],
  // Not addresses: refused
  ["", "invalid"],
  ["localhost", "invalid"],
  ["example.com", "invalid"],
  ["127.1", "invalid"],
  ["0x7f.0.0.1", "invalid"],
  ["2130706433", "invalid"],
  ["010.0.0.1", "invalid"],
  ["256.0.0.1", "invalid"],
  ["1.2.3.4.5", "invalid"],
  ["1::2::3", "invalid"],
  ["1:2:3:4:5:6:7:8:9", "invalid"],
  ["1:2:3:4:5:6:7", "invalid"],
  ["1:2:3:4:5:6:7::8", "invalid"],
  ["12345::1", "invalid"],
  ["::ffff:300.0.0.1", "invalid"],
  ["gggg::1", "invalid"],
];

describe("classifyAddress", () => {
  it.each(CASES)("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it("lets only public addresses through", () => {
    for (const [address, expected] of CASES) expect(isPublicAddress(address)).toBe(expected === "public");
  });

  it("checks both ends of every blocked IPv4 range", () => {
    const edges: [string, string][] = [
      ["10.0.0.0", "9.255.255.255"],
      ["172.16.0.0", "172.15.255.255"],
      ["192.168.0.0", "192.167.255.255"],
      ["100.64.0.0", "100.63.255.255"],
      ["224.0.0.0", "223.255.255.255"],
    ];
    for (const [inside, outside] of edges) {
      expect(isPublicAddress(inside)).toBe(false);
      expect(isPublicAddress(outside)).toBe(true);
    }
  });
});
