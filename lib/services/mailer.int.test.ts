/**
 * Email through a real SMTP conversation with a tiny local server (plain SMTP on loopback), and
 * the password-reset link's email branch with SMTP_URL set.
 */
import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { hashPassword } from "../auth/primitives/password-hash";
import { newTotpSecret } from "../auth/primitives/totp";
import { actorForUser } from "./sessions";
import { closedPortUrl, startSilentServer, startTestSmtpServer } from "../testing/smtp-server";
import { createSmtpTransport, deliverMail, sendMail } from "./mailer";

// lib/env reads the environment once, at import: a developer's own SMTP or public URL settings
// must not leak in, so they are cleared before any import runs.
vi.hoisted(() => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
});

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** Just enough SMTP for nodemailer: EHLO without extensions, MAIL, RCPT, DATA, QUIT. */
function startSmtpServer(options: { refuseData?: boolean } = {}) {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current: Received = { from: "", to: [], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 localhost test SMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          // Undo quoted-printable soft line breaks, so tests can match whole lines and links.
          current.data = buffer.slice(0, end).replace(/=\r?\n/g, "");
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: "", to: [], data: "" };
          reply("250 queued");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "MAIL") current.from = line;
        if (verb === "RCPT") current.to.push(line);
        if (verb === "DATA" && !options.refuseData) inData = true;
        if (verb === "DATA") reply(options.refuseData ? "554 no thanks" : "354 go ahead");
        else if (verb === "QUIT") reply("221 bye");
        else reply(verb === "EHLO" || verb === "HELO" ? "250 localhost" : "250 ok");
        if (verb === "QUIT") socket.end();
      }
    });
  });
  return new Promise<{ url: string; received: Received[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
  await db.$disconnect();
});

describe("sendMail", () => {
  it("delivers a plain-text message through SMTP", async () => {
    await sendMail({ to: "someone@example.test", subject: "Hello", text: "Line one\nLine two" }, createSmtpTransport(smtp.url));
    const message = smtp.received.at(-1);
    expect(message?.to).toEqual(["RCPT TO:<someone@example.test>"]);
    expect(message?.data).toContain("Subject: Hello");
    expect(message?.data).toContain("Line one");
  });

  it("throws when email is not configured", async () => {
    await expect(sendMail({ to: "someone@example.test", subject: "Hello", text: "Hi" })).rejects.toThrow(/SMTP_URL/);
  });
});

describe("deliverMail", () => {
  const mail = {
    to: "ann@client.example",
    subject: "Invitation",
    text: "Your link: https://rolefit.example.com/respond/abc",
    html: '<p>Your link: <a href="https://rolefit.example.com/respond/abc">open</a></p><img src="cid:logo@test">',
    attachments: [{ filename: "logo.png", content: Buffer.from("not really a png"), contentType: "image/png", cid: "logo@test" }],
  };

  it("sends the text and HTML parts with the logo inline, through a real SMTP server", async () => {
    const server = await startTestSmtpServer();
    try {
      expect(await deliverMail(mail, createSmtpTransport(server.url))).toEqual({ delivered: true });
      const [received] = server.messages;
      expect(received?.to).toEqual(["ann@client.example"]);
      expect(received?.raw).toMatch(/Content-Type: multipart\/related/);
      expect(received?.raw).toMatch(/Content-Type: multipart\/alternative/);
      expect(received?.raw).toMatch(/Content-Type: text\/plain[\s\S]*Your link: https:\/\/rolefit\.example\.com\/respond\/abc/);
      expect(received?.raw).toMatch(/Content-Type: text\/html/);
      expect(received?.raw).toMatch(/Content-Type: image\/png; name=logo\.png[\s\S]*Content-Id: <logo@test>[\s\S]*Content-Disposition: inline/i);
    } finally {
      await server.close();
    }
  });

  it("reports a recipient refused with a 5xx as a bounce, without the address in the reason", async () => {
    const server = await startTestSmtpServer({ refuseRecipients: { code: 550, message: "5.1.1 <ann@client.example>: no such user" } });
    try {
      const outcome = await deliverMail(mail, createSmtpTransport(server.url));
      expect(outcome).toMatchObject({ delivered: false, kind: "bounce" });
      expect(JSON.stringify(outcome)).not.toContain("ann@client.example");
      expect(server.messages).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it("reports a 4xx refusal, a closed port and a server that never answers as transient", async () => {
    const busy = await startTestSmtpServer({ refuseRecipients: { code: 451, message: "4.3.0 try again later" } });
    const silent = await startSilentServer();
    try {
      expect(await deliverMail(mail, createSmtpTransport(busy.url))).toMatchObject({ delivered: false, kind: "transient" });
      expect(await deliverMail(mail, createSmtpTransport(await closedPortUrl()))).toMatchObject({ delivered: false, kind: "transient", reason: expect.stringMatching(/could not be reached/) });
      expect(await deliverMail(mail, createSmtpTransport(silent.url, { timeoutMs: 300 }))).toMatchObject({ delivered: false, kind: "transient", reason: expect.stringMatching(/did not answer in time/) });
    } finally {
      await Promise.all([busy.close(), silent.close()]);
    }
  });
});

describe("password-reset links with SMTP_URL set", () => {
  async function adminAndTarget() {
    const secret = newTotpSecret();
    const admin = await db.user.create({
      data: { email: `${randomUUID()}@example.test`, isPlatformAdmin: true, totpSecret: secret, totpEnabledAt: new Date() },
    });
    const target = await db.user.create({ data: { email: `${randomUUID()}@example.test`, passwordHash: await hashPassword("a quiet orchard at dawn") } });
    return { actor: await actorForUser(admin.id, admin.sessionVersion), target };
  }

  /** The env module reads process.env once, so the services are loaded afresh after stubbing it. */
  async function loadWithSmtp(url: string) {
    vi.stubEnv("SMTP_URL", url);
    vi.stubEnv("NEXTAUTH_URL", "https://rolefit.example.com");
    vi.resetModules();
    return import("./password-reset");
  }

  it("emails the link instead of showing it, using the configured public URL", async () => {
    const { issuePasswordResetLink } = await loadWithSmtp(smtp.url);
    const { actor, target } = await adminAndTarget();
    const outcome = await issuePasswordResetLink(actor, { userId: target.id });
    expect(outcome).toEqual({ delivery: "email", email: target.email, expiresAt: expect.any(String) });
    const message = smtp.received.at(-1);
    expect(message?.to).toEqual([`RCPT TO:<${target.email}>`]);
    expect(message?.data).toMatch(/https:\/\/rolefit\.example\.com\/reset-password\/[A-Za-z0-9_-]{43}/);
    expect(message?.data).not.toContain("localhost:3000");
  });

  it("falls back to showing the link when the server refuses the message", async () => {
    const refusing = await startSmtpServer({ refuseData: true });
    const { issuePasswordResetLink } = await loadWithSmtp(refusing.url);
    const { actor, target } = await adminAndTarget();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const outcome = await issuePasswordResetLink(actor, { userId: target.id });
      expect(outcome).toMatchObject({ delivery: "shown", reason: "send_failed" });
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      await refusing.close();
    }
  });
});
