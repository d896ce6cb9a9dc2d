/** Tests that render PDFs or store a submission start real worker threads, which run the workers' bundles: built once before the suite, from the sources as they are. */
import { buildWorkers } from "../../scripts/build-workers";

export default async function setup(): Promise<void> {
  await buildWorkers();
}
