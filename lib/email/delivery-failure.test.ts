import { describe, expect, it } from "vitest";
import { classifyDeliveryFailure, withoutAddresses } from "./delivery-failure";

/** Shaped as nodemailer shapes its errors. */
function smtpError(message: string, fields: { code?: string; command?: string; responseCode?: number; response?: string }) {
  return Object.assign(new Error(message), fields);
}

describe("classifyDeliveryFailure", () => {
  it("calls a 5xx reply to the recipient a bounce, without the address in its reason", () => {
    const failure = classifyDeliveryFailure(
      smtpError("Can't send mail - all recipients were rejected", { code: "EENVELOPE", command: "RCPT TO", responseCode: 550, response: "550 5.1.1 <ann@client.example>: user unknown" }),
    );
    expect(failure).toEqual({ kind: "bounce", reason: "Refused by the mail server: 550 5.1.1 [address]: user unknown" });
  });

  it("calls a 5xx reply to the message a bounce", () => {
    expect(classifyDeliveryFailure(smtpError("Message failed", { code: "EMESSAGE", command: "DATA", responseCode: 554, response: "554 5.7.1 rejected as spam" })).kind).toBe("bounce");
  });

  it("retries a 4xx reply, a refused connection, a timeout and a 5xx that names no recipient", () => {
    const cases = [
      smtpError("Try later", { code: "EENVELOPE", command: "RCPT TO", responseCode: 451, response: "451 4.3.0 greylisted" }),
      smtpError("connect ECONNREFUSED 127.0.0.1:1", { code: "ECONNECTION", command: "CONN" }),
      smtpError("Greeting never received", { code: "ETIMEDOUT", command: "CONN" }),
      smtpError("Mail command failed", { code: "EENVELOPE", command: "MAIL FROM", responseCode: 553, response: "553 sender not allowed" }),
      new Error("something else"),
      "a string",
    ];
    for (const error of cases) expect(classifyDeliveryFailure(error).kind).toBe("transient");
    expect(classifyDeliveryFailure(cases[1]).reason).toBe("The mail server could not be reached: connect ECONNREFUSED 127.0.0.1:1");
    expect(classifyDeliveryFailure(cases[2]).reason).toMatch(/^The mail server did not answer in time/);
  });
});

describe("withoutAddresses", () => {
  it("removes every address, bracketed or bare", () => {
    expect(withoutAddresses("550 <a.b+c@x.example> and d@y.example unknown")).toBe("550 [address] and [address] unknown");
  });
});
