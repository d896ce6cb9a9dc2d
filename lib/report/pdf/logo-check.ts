/**
 * Proof, at upload time, that the PDF report can draw a logo: a stored logo must never be able to
 * break a report. The byte-level checks (lib/validation/logo-image.ts) come first; then a PNG's
 * image data is inflated and checked, because react-pdf's PNG decoder throws where no caller can
 * catch it; then react-pdf draws the image on a page of its own.
 */
import { inflateSync } from "node:zlib";
import { createElement } from "react";
import { LOGO_LIMITS, inspectLogo, pngPixelDataProblem, pngRowBytes, type LogoImage, type PngLayout } from "../../validation/logo-image";
import { logoDataUrl } from "../logo";
import { opaquePng } from "./opaque-png";
import { loadReactPdf, renderToPdfBytes } from "./react-pdf";

const NOT_DRAWABLE = "The PDF report cannot draw this image, although it looks like a PNG or JPEG. Export the logo again and upload the new file.";

function inflatedPng(layout: PngLayout): Uint8Array | null {
  try {
    // One byte beyond the expected size is enough to tell that there is too much.
    return inflateSync(layout.compressed, { maxOutputLength: pngRowBytes(layout) * layout.height + 1 });
  } catch {
    return null;
  }
}

/** react-pdf skips an image it cannot load and only warns, so success is an image in the output. */
async function drawsImage(image: LogoImage, bytes: Uint8Array): Promise<boolean> {
  const reactPdf = await loadReactPdf();
  const { Document, Image, Page } = reactPdf;
  // cache: false, so refused uploads do not linger in react-pdf's image cache.
  const page = createElement(Page, { size: [200, 100] }, createElement(Image, { src: logoDataUrl(image.mediaType, bytes), cache: false, style: { width: 140, height: 48, objectFit: "contain" } }));
  try {
    const pdf = await renderToPdfBytes(createElement(Document, null, page));
    return pdf.toString("latin1").includes("/Subtype /Image");
  } catch {
    return false;
  }
}

/** On success, `bytes` is what to store: the file itself, or a PNG flattened onto white (see opaque-png.ts). */
export type LogoCheck = { ok: true; image: LogoImage; bytes: Uint8Array } | { ok: false; message: string };

/** Flattening an unusually noisy image can make it much larger; then the file is kept as it came. */
const FLATTENED_MAX_BYTES = 2 * LOGO_LIMITS.maxBytes;

/** Every check a logo must pass before it is stored. */
export async function checkLogoForReport(bytes: Uint8Array): Promise<LogoCheck> {
  const inspected = inspectLogo(bytes);
  if (!inspected.ok) return inspected;
  const { image } = inspected;
  let stored = bytes;
  if (image.png) {
    const inflated = inflatedPng(image.png);
    const problem = inflated ? pngPixelDataProblem(image.png, inflated) : "This PNG file's image data is damaged. Export the logo again and upload the new file.";
    if (problem) return { ok: false, message: problem };
    const flattened = opaquePng(bytes);
    if (flattened && flattened.length <= FLATTENED_MAX_BYTES) stored = flattened;
  }
  return (await drawsImage(image, stored)) ? { ok: true, image, bytes: stored } : { ok: false, message: NOT_DRAWABLE };
}
