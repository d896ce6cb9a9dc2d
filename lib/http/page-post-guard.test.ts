import { describe, expect, it } from "vitest";
import { MAX_ACTION_BODY_BYTES, refusePagePost } from "./page-post-guard";

const hosts = ["rolefit.example.com", "127.0.0.1:3000"];

describe("a POST to a page", () => {
  it("passes from the site itself, or with no Origin at all, within the size limit", () => {
    expect(refusePagePost({ origin: "https://rolefit.example.com", hosts, contentLength: "120" })).toBeNull();
    expect(refusePagePost({ origin: "http://127.0.0.1:3000", hosts, contentLength: String(MAX_ACTION_BODY_BYTES) })).toBeNull();
    expect(refusePagePost({ origin: undefined, hosts, contentLength: "0" })).toBeNull();
  });

  it("is refused from another site, from an opaque origin, or from a malformed one", () => {
    for (const origin of ["https://evil.example", "null", "not a url", "https://rolefit.example.com.evil.example"]) {
      expect(refusePagePost({ origin, hosts, contentLength: "10" })).toMatchObject({ status: 403, code: "cross_origin" });
    }
  });

  it("is refused over 1 MB, and without a length it could be measured by", () => {
    expect(refusePagePost({ origin: undefined, hosts, contentLength: String(3_000_000) })).toMatchObject({ status: 413 });
    expect(refusePagePost({ origin: undefined, hosts, contentLength: undefined })).toMatchObject({ status: 411 });
    expect(refusePagePost({ origin: undefined, hosts, contentLength: "-1" })).toMatchObject({ status: 411 });
  });
});
