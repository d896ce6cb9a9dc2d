/**
 * The SQLite driver adapter with three repairs for Prisma 6.19's better-sqlite3 adapter, and a
 * cache of prepared statements (see reusable()):
 *
 * - Its transactions start with a deferred BEGIN. In WAL mode a deferred transaction that reads,
 *   then writes after another connection committed, fails at once with SQLITE_BUSY (the busy
 *   timeout does not apply to that upgrade). BEGIN IMMEDIATE takes the write lock up front.
 * - When a statement or COMMIT fails, its rollback only releases the adapter's lock and leaves the
 *   SQLite transaction open, so every later write on the connection joins a transaction that is
 *   never committed: acknowledged, then lost (prisma/orm#29933). Ending any transaction still
 *   open makes the failure visible and keeps later writes durable.
 * - Waiting for another process's write lock. better-sqlite3 is synchronous, so SQLite's own busy
 *   timeout blocks the whole Node.js process while it waits: with the 10 s it had, a file locked by
 *   another process froze every request (reads and the health check included) for 10 s per write,
 *   one write after another. And when BEGIN failed, the adapter never released its transaction
 *   mutex, so no transaction could start again until a restart. Here the connection has no busy
 *   timeout; a BEGIN IMMEDIATE, or a statement outside a transaction, that meets SQLITE_BUSY is
 *   tried again after short asynchronous pauses, so the process keeps serving while writes wait,
 *   and transactions take a lock of ours that is always released.
 *
 * How long writes wait (`waitMs`): a burst of writes from another process (a migration, a script,
 * a backup tool) holds the lock for milliseconds at a time, and writes queue behind it rather than
 * fail. A lock held longer (another process's open transaction, `BEGIN EXCLUSIVE` in a database
 * tool) must surface as 503 after a bounded wait, not as requests that hang. So the wait is
 * bounded per lock episode, not per write: every writer shares one deadline, `waitMs` after the
 * lock was first found held. Writes waiting then fail together with SQLITE_BUSY (answered 503
 * database_unavailable), and later writes fail at their first try, until a write or the health
 * check takes the lock again. Reads are unaffected: in WAL mode they never wait for a writer.
 * `checkWritable` is the health check's probe: BEGIN IMMEDIATE and ROLLBACK at once, holding the
 * lock for no longer than that, waiting at most PROBE_WAIT_MS for it.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";

export interface BetterSqliteStatement {
  readonly readonly: boolean;
  readonly reader: boolean;
  run(params: unknown[]): unknown;
  columns(): unknown[];
  raw(toggle: boolean): { all(params: unknown[]): unknown[] };
}

/** A statement as Prisma's adapter uses one: prepare(sql).bind(args), then run(), or columns() and raw().all(). */
export interface AdapterStatement {
  readonly readonly: boolean;
  readonly reader: boolean;
  bind(args: unknown[]): { reader: boolean; run(): unknown; columns(): unknown[]; raw(): { all(): unknown[] } };
  /** Without arguments, as the adapter's own BEGIN runs. */
  run(): unknown;
}

interface BetterSqliteConnection {
  prepare(sql: string): BetterSqliteStatement | AdapterStatement;
  exec(sql: string): unknown;
  readonly inTransaction: boolean;
}

/** Prepared statements kept per connection, most recently used last; Prisma's SQL repeats, but an IN list's length makes new texts. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * A prepared statement that can be run again with other arguments. The adapter binds its
 * arguments with bind(), which better-sqlite3 allows once per statement, so it prepared every
 * query afresh: 3% of the server's main thread under the load test's submissions. Here the
 * arguments go with each run instead, and the statement stays in the cache. Every call runs to
 * completion synchronously, so no two uses of one statement overlap.
 */
function reusable(statement: BetterSqliteStatement): AdapterStatement {
  return {
    readonly: statement.readonly,
    reader: statement.reader,
    bind: (args) => ({
      reader: statement.reader,
      run: () => statement.run(args),
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.raw(true).all(args) }),
    }),
    run: () => statement.run([]),
  };
}

/** `prepare` with the last `size` statements kept, most recently used last. */
export function statementCache(prepare: (sql: string) => BetterSqliteStatement, size = STATEMENT_CACHE_SIZE): (sql: string) => AdapterStatement {
  const statements = new Map<string, AdapterStatement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql);
    } else {
      statement = reusable(prepare(sql));
      const oldest = statements.size >= size ? statements.keys().next().value : undefined;
      if (oldest !== undefined) statements.delete(oldest);
    }
    statements.set(sql, statement);
    return statement;
  };
}

/** The health check's probe waits this long for the write lock before it says writes are blocked. */
export const PROBE_WAIT_MS = 1_000;
/** A lock not seen held for this long is a new episode, whose writers wait afresh. */
const EPISODE_GAP_MS = 5_000;
const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 100;

/** SQLITE_BUSY and its extended codes, raw from better-sqlite3 or wrapped by the adapter (kind SocketTimeout). */
export function isSqliteBusy(error: unknown): boolean {
  const record = error as { code?: unknown; cause?: { originalCode?: unknown } } | null;
  const code = typeof record?.code === "string" ? record.code : record?.cause?.originalCode;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One transaction at a time on the shared connection; `acquire` resolves with the release function. */
class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => released);
    return acquired;
  }
}

interface RepairedAdapter extends SqlDriverAdapter {
  checkWritable(): Promise<void>;
}

function repair(adapter: SqlDriverAdapter, waitMs: number): RepairedAdapter {
  const connection = (adapter as unknown as { client: BetterSqliteConnection }).client;
  const prepare = connection.prepare.bind(connection) as (sql: string) => BetterSqliteStatement;
  const cached = statementCache((sql) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql));
  // Whether the statement prepared last writes: only a write that went through proves the lock free.
  let lastPreparedWrites = false;
  connection.prepare = (sql: string) => {
    const statement = cached(sql);
    lastPreparedWrites = !statement.readonly;
    return statement;
  };

  let episode: { since: number; lastSeen: number } | null = null;

  /** Runs `attempt` until it meets no SQLITE_BUSY, or rethrows SQLITE_BUSY once the lock has been held `boundMs`. */
  async function waitForWriteLock<T>(attempt: () => Promise<{ value: T; tookLock: boolean }>, boundMs: number): Promise<T> {
    let pause = FIRST_PAUSE_MS;
    for (;;) {
      try {
        const { value, tookLock } = await attempt();
        if (tookLock) episode = null;
        return value;
      } catch (error) {
        if (!isSqliteBusy(error)) throw error;
        const now = Date.now();
        if (!episode || now - episode.lastSeen > EPISODE_GAP_MS) episode = { since: now, lastSeen: now };
        else episode.lastSeen = now;
        const deadline = episode.since + boundMs;
        if (now >= deadline) throw error;
        await sleep(Math.min(pause, deadline - now));
        pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
      }
    }
  }

  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);

  /** Outside a transaction a statement may meet another process's lock; inside one of ours we hold it. */
  function outsideTransaction<T>(run: () => Promise<T>): Promise<T> {
    if (connection.inTransaction) return run();
    return waitForWriteLock(async () => {
      // The statement is prepared and run synchronously inside run(); read its kind before anything else prepares.
      const pending = run();
      const wrote = lastPreparedWrites;
      return { value: await pending, tookLock: wrote };
    }, waitMs);
  }
  adapter.queryRaw = (query: SqlQuery) => outsideTransaction(() => queryRaw(query));
  adapter.executeRaw = (query: SqlQuery) => outsideTransaction(() => executeRaw(query));

  const lock = new Lock();
  adapter.startTransaction = async (isolationLevel) => {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    }
    const release = await lock.acquire();
    try {
      // executeRaw (the adapter's own) reports a failure as the adapter does: SQLITE_BUSY becomes P1008.
      await waitForWriteLock(async () => ({ value: await executeRaw({ sql: "BEGIN IMMEDIATE", args: [], argTypes: [] }), tookLock: true }), waitMs);
    } catch (error) {
      release();
      throw error;
    }
    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      try {
        // Prisma sent COMMIT or ROLLBACK already; a transaction still open here means it failed.
        if (connection.inTransaction) connection.exec("ROLLBACK");
      } finally {
        release();
      }
    };
    const transaction: Transaction = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => queryRaw(query),
      executeRaw: (query) => executeRaw(query),
      commit: finish,
      rollback: finish,
    };
    return transaction;
  };

  return Object.assign(adapter, {
    checkWritable: () =>
      waitForWriteLock(async () => {
        // One of our transactions is open, so we hold the write lock right now.
        if (connection.inTransaction) return { value: undefined, tookLock: true };
        connection.exec("BEGIN IMMEDIATE");
        connection.exec("ROLLBACK");
        return { value: undefined, tookLock: true };
      }, PROBE_WAIT_MS),
  });
}

export interface SqliteAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /**
   * Resolves when a write could start now (or within PROBE_WAIT_MS); rejects with SQLITE_BUSY while
   * another process holds the write lock. It uses the client's connection, so run a query first
   * (before one, there is nothing to check and it resolves).
   */
  checkWritable(): Promise<void>;
}

/** Writes wait up to `waitMs` for another process's write lock (see above), without blocking the process. */
export function sqliteAdapter(url: string, waitMs: number): SqliteAdapterFactory {
  // No busy timeout on the connection: the waiting happens in repair(), asynchronously.
  const factory = new PrismaBetterSQLite3({ url, timeout: 0 });
  let connected: RepairedAdapter | undefined;
  const connect = async () => {
    const adapter = repair(await factory.connect(), waitMs);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (connected === adapter) connected = undefined;
      return dispose();
    };
    connected = adapter;
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect,
    connectToShadowDb: async () => repair(await factory.connectToShadowDb(), waitMs),
    checkWritable: async () => connected?.checkWritable(),
  };
}
