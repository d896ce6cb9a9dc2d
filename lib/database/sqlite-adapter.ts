/**
 * The SQLite driver adapter with two repairs for Prisma 6.19's better-sqlite3 adapter:
 *
 * - Its transactions start with a deferred BEGIN. In WAL mode a deferred transaction that reads,
 *   then writes after another connection committed, fails at once with SQLITE_BUSY (the busy
 *   timeout does not apply to that upgrade). BEGIN IMMEDIATE takes the write lock up front and
 *   waits for it under the busy timeout instead.
 * - When a statement or COMMIT fails, its rollback only releases the adapter's lock and leaves the
 *   SQLite transaction open, so every later write on the connection joins a transaction that is
 *   never committed: acknowledged, then lost (prisma/orm#29933). Ending any transaction still
 *   open makes the failure visible and keeps later writes durable.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

interface BetterSqliteConnection {
  prepare(sql: string): unknown;
  exec(sql: string): unknown;
  readonly inTransaction: boolean;
}

function repair(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const connection = (adapter as unknown as { client: BetterSqliteConnection }).client;
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);

  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction: Transaction = await startTransaction(isolationLevel);
    const endOpenTransaction = () => {
      if (connection.inTransaction) connection.exec("ROLLBACK");
    };
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = async () => {
      endOpenTransaction();
      return commit();
    };
    transaction.rollback = async () => {
      endOpenTransaction();
      return rollback();
    };
    return transaction;
  };
  return adapter;
}

/** A busy connection waits up to `timeoutMs` for the write lock. */
export function sqliteAdapter(url: string, timeoutMs: number): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url, timeout: timeoutMs });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => repair(await factory.connect()),
    connectToShadowDb: async () => repair(await factory.connectToShadowDb()),
  };
}
