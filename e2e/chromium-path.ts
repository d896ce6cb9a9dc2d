import fs from "node:fs";
import { chromium } from "@playwright/test";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The browser the end-to-end tests drive: CHROMIUM_PATH when set, then a system Chromium,
 * then Playwright's own download if one was installed. Null when there is none.
 */
export function chromiumPath(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  const system = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (system) return system;
  try {
    return fs.existsSync(chromium.executablePath()) ? "playwright-bundled" : null;
  } catch {
    return null;
  }
}
