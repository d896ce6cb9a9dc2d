/**
 * For tests: just enough MIME to read what nodemailer sends (RFC 2045-2047): nested multiparts,
 * quoted-printable and base64 bodies, encoded-word headers. Tests check the text and HTML parts
 * as a mail client would show them, not the transfer encoding.
 */

export interface ReadMail {
  subject: string;
  from: string;
  to: string;
  text: string;
  html: string;
  /** Every part that is not the text or HTML body: inline images and files. */
  attachments: Array<{ contentType: string; contentId: string | null; disposition: string | null; bytes: number }>;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitHeaders(source: string): Part {
  const end = source.indexOf("\r\n\r\n");
  const head = end === -1 ? source : source.slice(0, end);
  const body = end === -1 ? "" : source.slice(end + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase();
      if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
    }
  }
  return { headers, body };
}

function parameter(header: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}="?([^";]+)"?`, "i").exec(header);
  return match?.[1] ?? null;
}

function decodeQuotedPrintable(body: string): Buffer {
  const joined = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? "", "utf8"));
    }
  }
  return Buffer.from(bytes);
}

function decodeBody(part: Part): Buffer {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(part.body);
  return Buffer.from(part.body, "utf8");
}

/** Decodes =?charset?Q|B?…?= words, as nodemailer writes non-ASCII or long subjects. */
export function decodeHeader(value: string): string {
  return value.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=(\s+(?==\?))?/gi, (_whole, _charset: string, kind: string, text: string) =>
    kind.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")).toString("utf8"),
  );
}

function leaves(part: Part): Part[] {
  const type = part.headers.get("content-type") ?? "text/plain";
  if (!/^multipart\//i.test(type)) return [part];
  const boundary = parameter(type, "boundary");
  if (!boundary) return [];
  const sections = part.body.split(`--${boundary}`);
  // The preamble before the first boundary and the epilogue after the closing "--" are not parts.
  return sections.slice(1, -1).flatMap((section) => leaves(splitHeaders(section.replace(/^\r\n/, ""))));
}

/** Reads a raw message as a mail client would: its subject, text and HTML bodies, and the rest as attachments. */
export function readMail(source: string): ReadMail {
  const message = splitHeaders(source);
  const mail: ReadMail = {
    subject: decodeHeader(message.headers.get("subject") ?? ""),
    from: decodeHeader(message.headers.get("from") ?? ""),
    to: decodeHeader(message.headers.get("to") ?? ""),
    text: "",
    html: "",
    attachments: [],
  };
  for (const part of leaves(message)) {
    const type = (part.headers.get("content-type") ?? "text/plain").split(";")[0]?.trim().toLowerCase() ?? "";
    const disposition = part.headers.get("content-disposition")?.split(";")[0]?.trim().toLowerCase() ?? null;
    const body = decodeBody(part);
    // Line ends are CRLF on the wire; a client shows lines.
    if (type === "text/plain" && disposition !== "attachment" && !mail.text) mail.text = body.toString("utf8").replace(/\r\n/g, "\n");
    else if (type === "text/html" && disposition !== "attachment" && !mail.html) mail.html = body.toString("utf8").replace(/\r\n/g, "\n");
    else mail.attachments.push({ contentType: type, contentId: part.headers.get("content-id")?.replace(/^<|>$/g, "") ?? null, disposition, bytes: body.length });
  }
  return mail;
}
