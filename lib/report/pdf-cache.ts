/**
 * Rendered PDFs kept on this instance's disk, so a report downloaded again is a file read.
 *
 * The key is content-addressed: a SHA-256 of the report model exactly as the renderer receives it
 * (everything the PDF prints: the result, answers, names, branding and logo, model versions, the
 * date) and of the renderer itself (the worker's bundle, the installed packages, Node.js). Whatever
 * changes the PDF changes the key, so nothing is ever invalidated by hand and a stale entry is
 * simply never asked for again. The model is built only after the route has checked the caller's
 * access, and two callers share an entry only when their reports are identical, byte for byte, so
 * one tenant can never receive another's report.
 *
 * Where and how big: REPORT_CACHE_DIR, by default `.data/report-cache/` under the working
 * directory, one file per key, written to a temporary name and renamed, so a reader never sees half
 * a file and several processes (or instances sharing the directory) may write the same key at once.
 * A directory rather than a database table: a PDF is up to a few hundred KB that no query ever
 * looks into, and in the database it would bloat every backup and (on SQLite) hold the one write
 * lock while it is stored. The directory is scanned at the
 * first write after a start, once a day, and whenever its files pass DEFAULT_MAX_BYTES: a scan
 * deletes the files not read for a day, the temporary files a crash left behind and then, while
 * still over the limit, the least recently read, until a quarter of the space is free.
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";
import { logger } from "../log/logger";
import type { ReportModel } from "./model";
import { WORKER_BUNDLES, builtWorkerBundle } from "../workers/bundles";

export const DEFAULT_CACHE_DIRECTORY = path.resolve(env.REPORT_CACHE_DIR ?? path.join(".data", "report-cache"));
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
/** The date printed on a report is part of its key, so an entry is dead the day after it was last read. */
const MAX_IDLE_MS = 24 * 60 * 60 * 1000;
/** A temporary file this old belongs to a write that will never finish. */
const ABANDONED_TEMP_MS = 60 * 60 * 1000;
const EXTENSION = ".pdf";

/**
 * What the render worker loads besides the report: its bundle (lib/workers/bundles.ts),
 * which holds all of the project's renderer code, and the lockfile that pins every package it
 * loads from node_modules (react-pdf and its layout engine, React, the fonts). pdf-cache.test.ts
 * checks that the bundle imports nothing from the project outside itself.
 */
export const RENDERER_FILES = [WORKER_BUNDLES.pdf.bundle, "package-lock.json"];

/** A digest of the code and data that turn a model into a PDF: any change to them is a new renderer. */
export function rendererIdentity(root = process.cwd()): string {
  const hash = createHash("sha256").update(`node ${process.versions.node}\n`);
  for (const file of RENDERER_FILES) {
    hash.update(`${file}\n`).update(fs.readFileSync(/*turbopackIgnore: true*/ path.join(root, file))).update("\n");
  }
  return hash.digest("hex");
}

let identity: { of: string; digest: string } | null = null;

/** Computed again when the bundle was rebuilt since (`npm run dev` rebuilds it on every change). */
function currentRendererIdentity(): string {
  const bundle = fs.statSync(/*turbopackIgnore: true*/ builtWorkerBundle("pdf"));
  const of = `${bundle.mtimeMs} ${bundle.size}`;
  if (identity?.of !== of) identity = { of, digest: rendererIdentity() };
  return identity.digest;
}

/**
 * The model as a cached PDF is rendered from: generation time cut to the start of its UTC day,
 * since the report prints the day alone. The PDF's creation date in its metadata is then that
 * midnight, and every download of a report on one day is the same file.
 */
export function reportForCache(report: ReportModel): ReportModel {
  return { ...report, cover: { ...report.cover, generatedAt: `${report.cover.generatedAt.slice(0, 10)}T00:00:00.000Z` } };
}

/** JSON cannot tell NaN or Infinity from null; the PDF could, so the key does too. */
function exactNumbers(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isFinite(value) ? `number:${value}` : value;
}

/** The key of a model already passed through reportForCache. */
export function pdfCacheKey(report: ReportModel, renderer: string): string {
  return createHash("sha256").update(`rolefit-pdf-cache 1\n${renderer}\npdf\n`).update(JSON.stringify(report, exactNumbers)).digest("hex");
}

/** A PDF ends with %%EOF (maybe followed by a line break); anything else was cut short. */
function isWholePdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString("latin1") === "%PDF-" && bytes.subarray(-8).toString("latin1").includes("%%EOF");
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

export interface PdfCacheOptions {
  directory?: string;
  maxBytes?: number;
  /** Renderer digest; the current one by default. */
  renderer?: string;
}

export class PdfCache {
  readonly directory: string;
  private readonly maxBytes: number;
  private readonly renderer: string | undefined;
  /** Bytes on disk at the last scan plus those written since, or null before the first scan. */
  private storedBytes: number | null = null;
  private scannedAt = 0;
  private trimming: Promise<void> | null = null;
  /** Renders in progress by key, so a burst of downloads of one report renders it once. */
  private readonly pending = new Map<string, Promise<Buffer>>();

  constructor(options: PdfCacheOptions = {}) {
    this.directory = options.directory ?? DEFAULT_CACHE_DIRECTORY;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.renderer = options.renderer;
  }

  private fileOf(key: string): string {
    return path.join(this.directory, `${key}${EXTENSION}`);
  }

  /** The PDF of a report, from the cache or made by `render` (given the model reportForCache returned) and kept. */
  async pdf(report: ReportModel, render: (report: ReportModel) => Promise<Buffer>): Promise<Buffer> {
    const cached = reportForCache(report);
    const key = pdfCacheKey(cached, this.renderer ?? currentRendererIdentity());
    const waiting = this.pending.get(key);
    if (waiting) return waiting;
    const stored = await this.read(key);
    if (stored) return stored;
    // Another download of the same report may have started its render while this one read the disk.
    const running = this.pending.get(key);
    if (running) return running;
    const made = (async () => {
      const bytes = await render(cached);
      await this.write(key, bytes);
      return bytes;
    })();
    this.pending.set(key, made);
    try {
      return await made;
    } finally {
      this.pending.delete(key);
    }
  }

  async read(key: string): Promise<Buffer | null> {
    const file = this.fileOf(key);
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(/*turbopackIgnore: true*/ file);
    } catch (error) {
      if (!missing(error)) logger.warn({ err: error, file }, "report cache: could not read a cached PDF; rendering it again");
      return null;
    }
    if (!isWholePdf(bytes)) {
      logger.warn({ file, bytes: bytes.length }, "report cache: a cached PDF is incomplete; rendering it again");
      await fs.promises.rm(/*turbopackIgnore: true*/ file, { force: true });
      return null;
    }
    // Its modification time is when it was last read: the trim deletes the least recently read first.
    const now = new Date();
    await fs.promises.utimes(/*turbopackIgnore: true*/ file, now, now).catch((error: unknown) => {
      // Deleted by a trim since it was read: the bytes in hand are still whole.
      if (!missing(error)) logger.warn({ err: error, file }, "report cache: could not mark a cached PDF as read");
    });
    return bytes;
  }

  /** Keeps a PDF; a failure (a full or read-only disk) is logged and costs only a later render. */
  async write(key: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await fs.promises.mkdir(/*turbopackIgnore: true*/ this.directory, { recursive: true });
      await fs.promises.writeFile(/*turbopackIgnore: true*/ temporary, bytes);
      await fs.promises.rename(/*turbopackIgnore: true*/ temporary, file);
    } catch (error) {
      logger.warn({ err: error, file }, "report cache: could not keep a rendered PDF");
      // Fails for the reason just logged when the directory itself is unusable.
      await fs.promises.rm(/*turbopackIgnore: true*/ temporary, { force: true }).catch(() => undefined);
      return;
    }
    const due = this.storedBytes === null || this.storedBytes + bytes.length > this.maxBytes || Date.now() - this.scannedAt > MAX_IDLE_MS;
    if (due) await this.trim();
    else this.storedBytes = (this.storedBytes ?? 0) + bytes.length;
  }

  /** One scan at a time: deletes what is abandoned or idle, then the least recently read while over the limit. */
  trim(): Promise<void> {
    this.trimming ??= this.scanAndDelete()
      .catch((error: unknown) => logger.warn({ err: error, directory: this.directory }, "report cache: could not clean the cache directory"))
      .finally(() => {
        this.trimming = null;
      });
    return this.trimming;
  }

  private async scanAndDelete(): Promise<void> {
    const now = Date.now();
    const entries: { file: string; size: number; readAt: number }[] = [];
    for (const name of await fs.promises.readdir(/*turbopackIgnore: true*/ this.directory)) {
      const file = path.join(this.directory, name);
      const stat = await fs.promises.stat(/*turbopackIgnore: true*/ file).catch((error: unknown) => {
        if (missing(error)) return null;
        throw error;
      });
      if (!stat?.isFile()) continue;
      const idle = now - stat.mtimeMs;
      if (name.endsWith(".tmp") ? idle > ABANDONED_TEMP_MS : name.endsWith(EXTENSION) && idle > MAX_IDLE_MS) {
        await fs.promises.rm(/*turbopackIgnore: true*/ file, { force: true });
      } else if (name.endsWith(EXTENSION)) {
        entries.push({ file, size: stat.size, readAt: stat.mtimeMs });
      }
    }
    let total = entries.reduce((sum, entry) => sum + entry.size, 0);
    if (total > this.maxBytes) {
      entries.sort((a, b) => a.readAt - b.readAt);
      for (const entry of entries) {
        if (total <= this.maxBytes * 0.75) break;
        await fs.promises.rm(/*turbopackIgnore: true*/ entry.file, { force: true });
        total -= entry.size;
      }
    }
    this.storedBytes = total;
    this.scannedAt = now;
  }
}

let shared: PdfCache | null = null;

/** The instance's cache, in DEFAULT_CACHE_DIRECTORY. */
export function reportPdfCache(): PdfCache {
  shared ??= new PdfCache();
  return shared;
}
