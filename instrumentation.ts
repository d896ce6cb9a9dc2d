/**
 * Next.js calls register() once when a server process starts (npm start, the dev server, every
 * instance): it starts this process's job runner, which scripts/serve.ts stops on SIGTERM, and
 * its PDF render pool, whose first worker warms up while the server takes its first requests.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ startJobsInThisProcess }, { startRenderPool }] = await Promise.all([import("./lib/services/job-runner"), import("./lib/report/render-pdf")]);
  startJobsInThisProcess();
  startRenderPool();
}
