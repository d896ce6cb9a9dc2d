import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "./client-address";

/** For server actions and pages: the client address scripts/serve.ts decided for this request. */
export async function requestClientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}
