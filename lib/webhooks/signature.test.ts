import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signedHeaders, signatureOf, verifySignature } from "./signature";

const at = new Date("2026-01-02T03:04:05.678Z");

describe("webhook signatures", () => {
  it("signs id.timestamp.body with HMAC-SHA256 of the secret's key bytes, in base64", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"type":"webhook.test"}';
    const key = Buffer.from("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "base64");
    const expected = createHmac("sha256", key).update(`msg_1.1767323045.${body}`).digest("base64");
    expect(signatureOf(secret, "msg_1", 1767323045, body)).toBe(expected);
    expect(signedHeaders(secret, "msg_1", at, body)).toEqual({ "webhook-id": "msg_1", "webhook-timestamp": "1767323045", "webhook-signature": `v1,${expected}` });
  });

  it("matches the Standard Webhooks reference example", () => {
    // The example from the specification's README (github.com/standard-webhooks/standard-webhooks).
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"test": 2432232314}';
    expect(signatureOf(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)).toBe("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("verifies what it signed, and nothing altered", () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: "result.submitted", data: { resultId: "r1" } });
    const headers = signedHeaders(secret, "d1", at, body);
    expect(verifySignature(secret, headers, body, at)).toBe(true);
    expect(verifySignature(secret, headers, `${body} `, at)).toBe(false);
    expect(verifySignature(newWebhookSecret(), headers, body, at)).toBe(false);
    expect(verifySignature(secret, { ...headers, "webhook-id": "d2" }, body, at)).toBe(false);
    expect(verifySignature(secret, { ...headers, "webhook-timestamp": String(Number(headers["webhook-timestamp"]) + 1) }, body, at)).toBe(false);
    expect(verifySignature(secret, { ...headers, "webhook-signature": headers["webhook-signature"].replace("v1,", "v2,") }, body, at)).toBe(false);
    expect(verifySignature(secret, { ...headers, "webhook-signature": "" }, body, at)).toBe(false);
  });

  it("accepts any one of several space-separated signatures (a receiver mid-rotation)", () => {
    const secret = newWebhookSecret();
    const headers = signedHeaders(secret, "d1", at, "{}");
    expect(verifySignature(secret, { ...headers, "webhook-signature": `v1,AAAA ${headers["webhook-signature"]}` }, "{}", at)).toBe(true);
  });

  it("refuses a timestamp more than five minutes from the receiver's clock", () => {
    const secret = newWebhookSecret();
    const headers = signedHeaders(secret, "d1", at, "{}");
    expect(verifySignature(secret, headers, "{}", new Date(at.getTime() + 299_000))).toBe(true);
    expect(verifySignature(secret, headers, "{}", new Date(at.getTime() + 301_000))).toBe(false);
    expect(verifySignature(secret, headers, "{}", new Date(at.getTime() - 301_000))).toBe(false);
  });

  it("makes a different secret each time, in the whsec_ form", () => {
    const secrets = new Set(Array.from({ length: 20 }, newWebhookSecret));
    expect(secrets.size).toBe(20);
    for (const secret of secrets) expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  });
});
