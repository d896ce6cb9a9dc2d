import "server-only";
import { env } from "../env";

/**
 * An absolute URL on the app's public address, for links people copy or receive: NEXTAUTH_URL,
 * or where the server listens when it is unset. Never built from the request's Host or
 * X-Forwarded-Host, which a client can set to any site it likes.
 */
export function publicUrl(path: string): string {
  const base = (env.NEXTAUTH_URL ?? `http://${env.HOSTNAME}:${env.PORT}`).replace(/\/+$/, "");
  return `${base}${path}`;
}
