/**
 * For tests: a real SMTP server (the smtp-server package, the server half of nodemailer's
 * project) on a loopback port, keeping every message it accepts. Plain SMTP without
 * authentication, as a relay on the same host would be. It can also misbehave as real servers
 * do: refuse recipients with a reply code, or take its time before accepting a message.
 */
import net from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message, headers and body, with quoted-printable soft line breaks undone so links read whole. */
  raw: string;
  /** The message exactly as received, for lib/testing/mime.ts to read. */
  source: string;
}

export interface TestSmtpServer {
  url: string;
  port: number;
  messages: ReceivedMail[];
  close: () => Promise<void>;
}

export interface TestSmtpOptions {
  /** A fixed port (the e2e mailbox); a free one by default. */
  port?: number;
  /** Refuse every recipient with this reply, for example { code: 550, message: "5.1.1 user unknown" }. */
  refuseRecipients?: { code: number; message: string };
  /** Wait this long after a message's data arrives before accepting it (a slow server). */
  acceptDelayMs?: number;
  /** Called with each accepted message, after it is kept. */
  onMessage?: (mail: ReceivedMail) => void;
  /** Called when a message's data has fully arrived, before the delay and the acceptance. */
  onData?: () => void;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") reject(new Error("The test SMTP server has no port"));
      else resolve(address.port);
    });
  });
}

export async function startTestSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      const refusal = options.refuseRecipients;
      callback(refusal ? smtpError(refusal.code, refusal.message) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        options.onData?.();
        const accept = () => {
          const source = Buffer.concat(chunks).toString("utf8");
          const mail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw: source.replace(/=\r?\n/g, ""),
            source,
          };
          messages.push(mail);
          options.onMessage?.(mail);
          callback();
        };
        if (options.acceptDelayMs) setTimeout(accept, options.acceptDelayMs);
        else accept();
      });
    },
  });
  const port = await listen(server.server, options.port ?? 0);
  return { url: `smtp://127.0.0.1:${port}`, port, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A server that accepts connections and never says a word: a client waits for its greeting until it times out. */
export async function startSilentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const port = await listen(server, 0);
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The URL of a loopback port nothing listens on (it was free a moment ago): connections are refused. */
export async function closedPortUrl(): Promise<string> {
  const server = net.createServer();
  const port = await listen(server, 0);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `smtp://127.0.0.1:${port}`;
}
