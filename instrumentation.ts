/**
 * Next.js calls register() once when a server process starts (npm start, the dev server, every
 * instance): it starts this process's job runner, which scripts/serve.ts stops on SIGTERM.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobsInThisProcess } = await import("./lib/services/job-runner");
  startJobsInThisProcess();
}
