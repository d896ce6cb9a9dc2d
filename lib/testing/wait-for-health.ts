/**
 * Waits for a server started by a script or a spec to answer GET /api/health with 200. No
 * server-only import, since scripts and Playwright specs use it outside Next.
 */
export async function waitForHealth(base: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${base} did not answer GET /api/health within ${timeoutMs / 1000} s`);
}
