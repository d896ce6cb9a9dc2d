/** Fails the end-to-end step early, with instructions, when no Chromium can be found. */
import fs from "node:fs";
import { chromiumPath } from "../e2e/chromium-path";

const found = chromiumPath();
if (!found) {
  console.error(
    [
      "No Chromium found for the end-to-end tests.",
      "Install one with:  apt-get install chromium        (Debian/Ubuntu)",
      "or, where the internet is reachable:  npx playwright install chromium",
      "or point CHROMIUM_PATH at any Chromium or Chrome binary.",
    ].join("\n"),
  );
  process.exit(1);
}
if (found !== "playwright-bundled" && !fs.existsSync(found)) process.exit(1);
console.log(`End-to-end tests use ${found}`);
