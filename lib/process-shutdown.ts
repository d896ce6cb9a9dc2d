/**
 * Work the server finishes before the process exits on SIGTERM (the job runner's job in hand).
 * instrumentation.ts runs inside Next's server bundle and scripts/serve.ts outside it, so each
 * loads its own copy of this module: the hooks live on globalThis, under a registered symbol.
 */
type ShutdownHook = () => Promise<void>;

const HOOKS = Symbol.for("rolefit.shutdownHooks");

function hooks(): ShutdownHook[] {
  const holder = globalThis as unknown as Record<symbol, ShutdownHook[] | undefined>;
  return (holder[HOOKS] ??= []);
}

export function onShutdown(hook: ShutdownHook): void {
  hooks().push(hook);
}

/** Runs every hook at once and waits for all; a hook that fails does not keep the others from finishing. */
export async function runShutdownHooks(): Promise<void> {
  await Promise.allSettled(hooks().map((hook) => hook()));
}
