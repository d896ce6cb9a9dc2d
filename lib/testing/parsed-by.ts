/**
 * A service behind the boundary that feeds it: the input is parsed with the same schema the
 * server action or route parses with, then the service gets the typed value. Tests that send a
 * service raw or malformed input go through this, as a form submission does.
 */
import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { parseOrThrow } from "../errors";

export function parsedBy<I, T>(schema: z.ZodType<I>, service: (actor: Actor, input: I) => Promise<T>): (actor: Actor, input: unknown) => Promise<T> {
  return async (actor, input) => service(actor, parseOrThrow(schema, input));
}
