/** Tests that render PDFs start real render workers, which run the worker's bundle: built once before the suite, from the sources as they are. */
import { buildPdfWorker } from "../../scripts/build-pdf-worker";

export default async function setup(): Promise<void> {
  await buildPdfWorker();
}
