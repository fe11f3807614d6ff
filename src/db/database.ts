// Opens the database a DATABASE_URL names, with the Prisma client generated for its provider.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresPrismaClient } from '../generated/prisma/postgresql/client.js';
import { Prisma, PrismaClient } from '../generated/prisma/sqlite/client.js';
import { type StatementObserver, wrapAdapterFactory } from './adapter.js';
import { type DatabaseProvider, providerOfUrl } from './provider.js';

/**
 * The client type the code is written against. Both generated clients come from the same
 * models (prisma/models.prisma), so their APIs are identical; the SQLite one names the type.
 */
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/** Tables whose rows a transaction can lock to serialize writers of one aggregate. */
export type LockableTable =
  | 'Project'
  | 'Vpc'
  | 'RoutingTable'
  | 'Subnet'
  | 'ExternalNetwork'
  | 'InternetGateway'
  | 'GatewayServer'
  | 'FloatingIp';

export interface Database {
  provider: DatabaseProvider;
  client: Db;
  /**
   * Runs `work` as one transaction, retried from the start when the database reports a
   * serialization failure or deadlock. `work` must therefore have no effect outside `tx`.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Locks rows until the transaction ends, so that check-then-write rules (quotas, overlaps,
   * free addresses) hold under concurrent requests. SQLite already runs one transaction at a time.
   */
  lockRows(tx: Tx, table: LockableTable, ids: readonly string[]): Promise<void>;
  /** Whether the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Called with every SQL statement sent, for tests and benchmarks. */
  onStatement?: StatementObserver;
}

const transactionOptions = { maxWait: 15_000, timeout: 30_000 };
const maxTransactionAttempts = 5;

export function openDatabase(url: string, options: OpenDatabaseOptions = {}): Database {
  const provider = providerOfUrl(url);
  if (provider === null) throw new Error(`unsupported DATABASE_URL: ${url.split(':')[0]}:…`);
  const client =
    provider === 'sqlite'
      ? new PrismaClient({
          adapter: wrapAdapterFactory(new PrismaBetterSqlite3({ url, timeout: 10_000 }), {
            serialize: true,
            onStatement: options.onStatement,
          }),
        })
      : // The PostgreSQL client's API is the SQLite one's (same models); only its engine differs.
        (new PostgresPrismaClient({
          adapter: wrapAdapterFactory(new PrismaPg({ connectionString: url }), {
            serialize: false,
            onStatement: options.onStatement,
          }),
        }) as unknown as Db);

  return {
    provider,
    client,
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await client.$transaction(work, transactionOptions);
        } catch (error) {
          if (attempt >= maxTransactionAttempts || !isTransactionConflict(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        }
      }
    },
    async lockRows(tx, table, ids) {
      if (provider !== 'postgresql' || ids.length === 0) return;
      // Sorted, so that two transactions locking the same rows cannot deadlock each other.
      const sorted = [...new Set(ids)].sort();
      // NO KEY UPDATE: it serializes writers of the aggregate like FOR UPDATE, but does not block
      // the KEY SHARE locks that foreign-key checks take on it, which would deadlock inserts of
      // rows that merely point at it (a floating IP creation against a gateway creation).
      await tx.$queryRawUnsafe(
        `SELECT 1 FROM "${table}" WHERE "id" = ANY($1::text[]) ORDER BY "id" FOR NO KEY UPDATE`,
        sorted,
      );
    },
    async ping() {
      try {
        await client.$queryRawUnsafe('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await client.$disconnect();
    },
  };
}

/** PostgreSQL's serialization failure and deadlock codes, as raw queries report them. */
const retryableSqlStates = new Set(['40001', '40P01']);

/** Serialization failures and deadlocks: the transaction did nothing and can run again. */
function isTransactionConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2034') return true;
  const sqlState = (error.meta as { code?: unknown } | undefined)?.code;
  return error.code === 'P2010' && typeof sqlState === 'string' && retryableSqlStates.has(sqlState);
}

/** A unique constraint failed (optionally: on exactly these fields). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
