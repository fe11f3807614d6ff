// Wraps a Prisma driver adapter factory to (a) serialize SQLite access and (b) let tests and
// benchmarks observe every SQL statement.
//
// Why serialize: better-sqlite3 gives Prisma a single connection. Prisma's SQLite adapter
// serializes transactions against each other, but a query outside a transaction still runs on
// that same connection while another request's interactive transaction is open, and so reads
// its uncommitted writes. A gate shared by transactions and standalone queries makes every read
// see committed state only, the same guarantee PostgreSQL gives.
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';

export type StatementObserver = (sql: string) => void;

export interface AdapterWrapOptions {
  /** Hold standalone queries back while a transaction is open (single-connection SQLite). */
  serialize: boolean;
  onStatement?: StatementObserver;
}

/** A FIFO lock: `acquire` resolves with the function that releases it. */
class Gate {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

export function wrapAdapterFactory(
  factory: SqlDriverAdapterFactory,
  options: AdapterWrapOptions,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrapAdapter(await factory.connect(), options),
  };
}

function wrapAdapter(adapter: SqlDriverAdapter, options: AdapterWrapOptions): SqlDriverAdapter {
  const gate = options.serialize ? new Gate() : null;
  const observe = (query: SqlQuery) => options.onStatement?.(query.sql);
  const gated = <T>(work: () => Promise<T>) => (gate ? gate.run(work) : work());
  const connectionInfo = adapter.getConnectionInfo?.bind(adapter);

  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw(query: SqlQuery): Promise<SqlResultSet> {
      observe(query);
      return gated(() => adapter.queryRaw(query));
    },
    executeRaw(query: SqlQuery): Promise<number> {
      observe(query);
      return gated(() => adapter.executeRaw(query));
    },
    executeScript: (script: string) => gated(() => adapter.executeScript(script)),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const release = gate ? await gate.acquire() : () => {};
      try {
        return wrapTransaction(await adapter.startTransaction(isolationLevel), observe, release);
      } catch (error) {
        release();
        throw error;
      }
    },
    ...(connectionInfo ? { getConnectionInfo: connectionInfo } : {}),
    dispose: () => adapter.dispose(),
  };
}

function wrapTransaction(
  transaction: Transaction,
  observe: (query: SqlQuery) => void,
  release: () => void,
): Transaction {
  const finish = (end: () => Promise<void>) => async () => {
    try {
      await end();
    } finally {
      release();
    }
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw(query) {
      observe(query);
      return transaction.queryRaw(query);
    },
    executeRaw(query) {
      observe(query);
      return transaction.executeRaw(query);
    },
    commit: finish(() => transaction.commit()),
    rollback: finish(() => transaction.rollback()),
    ...(transaction.createSavepoint ? { createSavepoint: transaction.createSavepoint.bind(transaction) } : {}),
    ...(transaction.rollbackToSavepoint
      ? { rollbackToSavepoint: transaction.rollbackToSavepoint.bind(transaction) }
      : {}),
    ...(transaction.releaseSavepoint ? { releaseSavepoint: transaction.releaseSavepoint.bind(transaction) } : {}),
  };
}
