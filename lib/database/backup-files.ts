/**
 * What the SQLite and PostgreSQL backups share: where a backup goes, how it is published without
 * overwriting anything, and how a failure reaches the operator (one sentence, no stack trace).
 * No Next.js imports: scripts and tests use it directly.
 */
import fs from "node:fs";
import path from "node:path";

/** A refusal or failure whose message is the one sentence the operator needs. */
export class BackupError extends Error {}

export const DEFAULT_BACKUP_DIRECTORY = path.join(".data", "backups");

/** UTC, sortable, and safe in a file name on every system: 20261205-021833Z. */
export function fileTimestamp(now: Date): string {
  const iso = now.toISOString();
  return `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}Z`;
}

/**
 * The file a backup is written to: the one named, or a timestamped file when nothing or a
 * directory is named. Refuses before any work when the file exists or its directory cannot take it.
 */
export function resolveBackupDestination(requested: string | undefined, stem: string, extension: string, now: Date): string {
  const fileName = `${stem}-${fileTimestamp(now)}${extension}`;
  let destination: string;
  if (requested === undefined) {
    fs.mkdirSync(DEFAULT_BACKUP_DIRECTORY, { recursive: true });
    destination = path.resolve(DEFAULT_BACKUP_DIRECTORY, fileName);
  } else {
    const named = path.resolve(requested);
    destination = isDirectory(named) ? path.join(named, fileName) : named;
  }
  if (fs.existsSync(destination)) throw new BackupError(`${destination} already exists: a backup never overwrites a file. Name another file, or move that one away first.`);
  const directory = path.dirname(destination);
  if (!isDirectory(directory)) throw new BackupError(`The directory ${directory} does not exist: create it first, or name a file in an existing directory.`);
  try {
    fs.accessSync(directory, fs.constants.W_OK);
  } catch {
    throw new BackupError(`The directory ${directory} is not writable by this user: choose another destination.`);
  }
  return destination;
}

/** A name beside `destination` to write into, so a failed or interrupted backup never leaves a file under the final name. */
export function partialPath(destination: string): string {
  return `${destination}.partial-${process.pid}`;
}

/**
 * Gives the finished file its final name. A hard link fails when the name was taken meanwhile,
 * where a rename would silently replace that file.
 */
export function publish(partial: string, destination: string): void {
  try {
    fs.linkSync(partial, destination);
  } catch (error) {
    if (errnoCode(error) === "EEXIST") throw new BackupError(`${destination} appeared while the backup ran: a backup never overwrites a file, so the copy was discarded. Run it again with another name.`);
    throw new BackupError(`Could not name the backup ${destination}: ${describeFileError(error)}.`);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

export function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A file system error in words, for the end of a sentence. */
export function describeFileError(error: unknown): string {
  switch (errnoCode(error)) {
    case "ENOSPC":
      return "the disk is full";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export function formatCount(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}

export function formatDuration(milliseconds: number): string {
  return milliseconds < 1000 ? `${Math.max(1, Math.round(milliseconds))} ms` : `${(milliseconds / 1000).toFixed(1)} s`;
}
