/**
 * A pg pool for the Prisma CLI only. Prisma 6.19's migrate engine reads PostgreSQL catalog
 * columns of type "char" (OID 18) and name (OID 19), which the pg driver adapter cannot
 * deserialize (prisma/orm#27403: "Column type 'name' could not be deserialized"). Both are
 * text on the wire, so the pool relabels them as text (OID 25) before the adapter looks.
 */
import pg from "pg";

const TEXT_OID = 25;
const RELABELLED_OIDS = new Set([18, 19]);

function relabel<T>(result: T): T {
  for (const single of Array.isArray(result) ? result : [result]) {
    for (const field of (single as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? []) {
      if (RELABELLED_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

function wrapQuery<C extends { query: (...args: never[]) => unknown }>(target: C): C {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const outcome = original(...args);
    return outcome instanceof Promise ? outcome.then(relabel) : outcome;
  };
  return target;
}

export function createCliPool(connectionString: string): pg.Pool {
  // Lets the CLI exit without waiting for idle clients to time out. (A 10 s timer inside Prisma's
  // own schema engine still delays the exit of PostgreSQL commands; it is not ours to cancel.)
  const pool = new pg.Pool({ connectionString, allowExitOnIdle: true });
  wrapQuery(pool);
  pool.on("connect", (client) => {
    wrapQuery(client);
  });
  return pool;
}
