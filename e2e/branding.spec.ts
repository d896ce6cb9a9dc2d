import { expect, test } from "@playwright/test";
import { extractPdf } from "../lib/testing/extract-pdf-text";
import { pngBytes } from "../lib/testing/logo-images";
import { expectNoSeriousAxeViolations } from "./axe";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

/** How many images a PDF draws: its image XObjects. */
function imageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Subtype\s*\/Image/g) ?? []).length;
}

test("a consultant puts the firm's name and logo on the organization's reports, and bad files are refused on the field", async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const world = createWorld();
  await signInPage(page, world.people.consultantA, `/workspace/organizations/${world.orgA}/settings`);
  const card = page.getByRole("region", { name: "Report branding" });
  const logoField = card.getByLabel(/^(Logo|Replace the logo)$/);
  const save = card.getByRole("button", { name: "Save branding" });

  // Over the size limit: stopped in the browser, with the sizes named, before anything is sent.
  await logoField.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(300 * 1024, 1) });
  await save.click();
  await expect(logoField).toHaveAttribute("aria-invalid", "true");
  await expect(logoField).toHaveAccessibleDescription(/at most 256 KB; this file is 300 KB/);

  // Not an image the report can draw: refused by the server on the field, whatever its name and type claim.
  await logoField.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>") });
  await save.click();
  await expect(logoField).toHaveAccessibleDescription(/SVG/);
  await expect(card.getByRole("img")).toHaveCount(0);

  // A real PNG and a new firm name: saved, previewed as on the cover.
  await card.getByLabel("Consulting firm's name").fill("Harbor & Vale Advisory");
  await logoField.setInputFiles({ name: "harbor.png", mimeType: "image/png", buffer: Buffer.from(pngBytes({ width: 240, height: 80 })) });
  await save.click();
  await expect(card.getByText("Saved. Reports generated from now on use this name and logo.")).toBeVisible();
  await expect(card.getByRole("img", { name: "Harbor & Vale Advisory logo" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await card.screenshot({ path: testInfo.outputPath("branding-card.png") });

  // The combined report's PDF and print page carry both.
  const withLogo = await page.request.get(`/api/v1/organizations/${world.orgA}/report?format=pdf`);
  expect(withLogo.status()).toBe(200);
  const pdfBytes = Buffer.from(await withLogo.body());
  expect(imageCount(pdfBytes)).toBeGreaterThan(0);
  expect((await extractPdf(pdfBytes)).pages[0]?.text.replace(/\s+/g, " ")).toContain("Prepared by Harbor & Vale Advisory");
  await page.goto(`/report/organizations/${world.orgA}`);
  await expect(page.getByRole("img", { name: "Harbor & Vale Advisory logo" })).toBeVisible();

  // Removed: the covers name the firm only.
  await page.goto(`/workspace/organizations/${world.orgA}/settings`);
  await card.getByRole("button", { name: "Remove logo" }).click();
  await expect(card.getByText("Logo removed. Report covers now name the firm only.")).toBeVisible();
  const withoutLogo = await page.request.get(`/api/v1/organizations/${world.orgA}/report?format=pdf`);
  expect(imageCount(Buffer.from(await withoutLogo.body()))).toBe(0);
});
