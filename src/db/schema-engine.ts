// Runs Prisma's WebAssembly schema engine (what `prisma migrate` drives) in this process. Prisma's
// native engine is a download this machine cannot make, so both the CLI (through
// scripts/prisma-schema-engine.mjs) and igw itself (src/db/migrate.ts) use this module instead.
//
// The Wasm engine talks to the database through driver adapters, and neither it nor the stock
// adapters behave like the native engine in every case: each workaround below names the pitfall of
// docs/prisma-offline.md it answers. Several reach into adapter internals, so upgrade prisma, the
// adapters and @prisma/schema-engine-wasm together and rerun test/db.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type ConnectionInfo,
  DriverAdapterError,
  type ErrorRegistry,
  type IsolationLevel,
  isDriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import type * as SchemaEngineWasm from '@prisma/schema-engine-wasm';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type DatabaseProvider, providerOfUrl } from './provider.js';

export type MigrationList = SchemaEngineWasm.MigrationList;
export type SchemaFilter = SchemaEngineWasm.SchemaFilter;

/** No externally managed tables or enums: igw's migrations own the whole database. */
export const noSchemaFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

/** An error carrying the Prisma error code the native engine would report (P1003, P3005…). */
export class PrismaCodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PrismaCodedError';
  }
}

// ---------------------------------------------------------------------------------------------
// Loading the Wasm module

/** The slice of the WebAssembly API used here: TypeScript's Node 20 types do not declare it. */
interface WebAssemblyApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: { __wbindgen_start(): void } } }>;
}

let loadedWasm: Promise<typeof SchemaEngineWasm> | undefined;

/** Where the engine leaves a Rust panic's message before trapping; Prisma's CLI sets the same global. */
interface WasmPanicRegistry {
  set_message(message: string): void;
}

let lastPanicMessage: string | undefined;

/** The message of the last panic in the engine, which leaves the Wasm instance unusable. */
export function schemaEnginePanicMessage(): string | undefined {
  return lastPanicMessage;
}

/**
 * Instantiates the engine's .wasm ourselves: importing the package entry would need
 * `--experimental-wasm-modules` on Node 20, whose warning on stderr breaks the CLI's parsing of the
 * engine's output. The glue module keeps the instance in a module variable, so there can only be
 * one per process, and compiling 5 MB of Wasm is worth doing once.
 */
export function loadSchemaEngineWasm(): Promise<typeof SchemaEngineWasm> {
  loadedWasm ??= (async () => {
    // The package's `exports` only let the glue subpath resolve, not its package.json or .wasm.
    const gluePath = fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };
    const registryHolder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: WasmPanicRegistry };
    registryHolder.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message) => {
        lastPanicMessage = message;
      },
    };
    const imports: Record<string, unknown> = { ...glue };
    // The engine arms timeouts it never clears (the glue has no clearTimeout): a 10 s timeout of
    // every PostgreSQL command kept Node alive long after the work was done. Unreferenced, they
    // still fire while the process has work, but no longer hold it open.
    for (const name of Object.keys(glue).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
      imports[name] = (callback: () => void, milliseconds: number) => setTimeout(callback, milliseconds >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(readFileSync(join(dirname(gluePath), 'schema_engine_bg.wasm')), {
      './schema_engine_bg.js': imports,
    });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return loadedWasm;
}

// ---------------------------------------------------------------------------------------------
// Adapters

/** Forwards every call to `inner`; subclasses correct what the engine cannot use as is. */
abstract class ForwardingAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter['provider'];
  readonly adapterName: string;
  private disposed = false;

  constructor(
    protected inner: SqlDriverAdapter,
    private readonly afterDispose: () => Promise<void> = async () => {},
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  executeScript(script: string): Promise<void> {
    return this.inner.executeScript(script);
  }

  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  /** Idempotent, because the session disposes whatever the engine left open when it is freed. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.inner.dispose();
    await this.afterDispose();
  }
}

const sqliteMigrationsTable = '_prisma_migrations';

/** A SQLite database is its file plus the journals SQLite may keep beside it. */
const sqliteFileSuffixes = ['', '-wal', '-shm', '-journal'];

/** Pitfalls 4a and 4b: the Wasm engine's SQLite code expects native error codes and multi-statement prepares. */
class SqliteMigrationAdapter extends ForwardingAdapter {
  /**
   * Pitfall 4a: native SQLite reads a missing `_prisma_migrations` as "no migrations yet", Wasm
   * as P1014, which breaks `migrate dev` and `migrate status` on a new database. An empty answer
   * is what the native engine works with; the session corrects `hasMigrationsTable`.
   */
  override async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    try {
      return await this.inner.queryRaw(query);
    } catch (error) {
      if (isMissingTableError(error, sqliteMigrationsTable)) return { columnNames: [], columnTypes: [], rows: [] };
      throw error;
    }
  }

  /**
   * Pitfall 4b: the shadow replay runs whole migration scripts through executeRaw, one prepared
   * statement, which SQLite refuses for more than one statement; exec() runs them all.
   */
  override async executeRaw(query: SqlQuery): Promise<number> {
    try {
      return await this.inner.executeRaw(query);
    } catch (error) {
      // better-sqlite3 throws a plain RangeError here, which the adapter passes through unconverted.
      if (query.args.length > 0 || !(error instanceof Error) || !error.message.includes('more than one statement')) {
        throw error;
      }
      await this.inner.executeScript(query.sql);
      return 0;
    }
  }

  /** Closes the connection for a reset; `reopen` gives the engine a working adapter again. */
  async close(): Promise<void> {
    await this.inner.dispose();
  }

  async reopen(connect: () => Promise<SqlDriverAdapter>): Promise<void> {
    this.inner = await connect();
  }
}

function isMissingTableError(error: unknown, table: string): boolean {
  if (!isDriverAdapterError(error)) return false;
  const cause = error.cause;
  return cause.kind === 'TableDoesNotExist' && (cause.table ?? '').replaceAll('`', '').endsWith(table);
}

/** Resolves a SQLite `file:` URL the way PrismaBetterSqlite3 does at runtime: against the CWD (pitfall 8). */
export function sqliteFilePath(url: string): string {
  const path = url.slice('file:'.length).replace(/\?.*$/, '');
  return path === ':memory:' ? path : resolve(path);
}

class SqliteMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'sqlite';
  readonly adapterName = '@prisma/adapter-better-sqlite3';
  private readonly path: string;
  private readonly stock: PrismaBetterSqlite3;
  private readonly connections = new Set<SqliteMigrationAdapter>();

  constructor(url: string, shadowDatabaseUrl: string | undefined) {
    this.path = sqliteFilePath(url);
    // Without shadowDatabaseUrl the stock factory replays into `:memory:` (pitfall 11).
    const shadow = shadowDatabaseUrl === undefined ? {} : { shadowDatabaseUrl: sqliteFilePath(shadowDatabaseUrl) };
    this.stock = new PrismaBetterSqlite3({ url: this.path }, shadow);
  }

  async connect(): Promise<SqliteMigrationAdapter> {
    const adapter = new SqliteMigrationAdapter(await this.stock.connect(), async () => {
      this.connections.delete(adapter);
    });
    this.connections.add(adapter);
    return adapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new SqliteMigrationAdapter(await this.stock.connectToShadowDb());
  }

  /**
   * Asked through an adapter of the engine's own: after applyMigrations the engine holds the file
   * in exclusive locking mode, so a second connection would only get SQLITE_BUSY.
   */
  async hasMigrationsTable(): Promise<boolean> {
    if (this.path !== ':memory:' && !existsSync(this.path)) return false;
    const [open] = this.connections;
    const adapter = open ?? (await this.connect());
    try {
      const { rows } = await adapter.queryRaw({
        sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        args: [sqliteMigrationsTable],
        argTypes: [{ scalarType: 'string', arity: 'scalar' }],
      });
      return rows.length > 0;
    } finally {
      if (open === undefined) await adapter.dispose();
    }
  }

  /**
   * Pitfall 4c: the Wasm reset only empties the tables, and neither dropping them (sqlite_sequence
   * stays) nor writable_schema (defensive mode) gives an empty schema. Deleting the file does, as
   * the native engine's reset does.
   */
  async reset(): Promise<void> {
    for (const adapter of this.connections) await adapter.close();
    for (const suffix of sqliteFileSuffixes) rmSync(this.path + suffix, { force: true });
    for (const adapter of this.connections) await adapter.reopen(() => this.stock.connect());
  }

  async dispose(): Promise<void> {
    for (const adapter of this.connections) await adapter.dispose();
  }
}

/** The private parts of @prisma/adapter-pg 7.10 the workarounds use, checked at runtime. */
interface PgQueryableInternals {
  performIO(query: SqlQuery): Promise<pg.QueryArrayResult>;
  onError(error: unknown): never;
}

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

function pgInternals(queryable: object): PgQueryableInternals {
  const internals = queryable as Partial<PgQueryableInternals>;
  if (typeof internals.performIO !== 'function' || typeof internals.onError !== 'function') {
    throw new Error(
      '@prisma/adapter-pg changed its internals: update the workarounds in src/db/schema-engine.ts (docs/prisma-offline.md)',
    );
  }
  return internals as PgQueryableInternals;
}

/** pg_catalog's one-byte `"char"` and its array, which adapter-pg cannot deserialize, mapped to text types. */
const textTypeOfOid = new Map([
  [18, 25],
  [1002, 1009],
]);

/**
 * Pitfall 2: the engine's describer reads pg_catalog `"char"` columns, which adapter-pg rejects.
 * Patched on this instance only, so PrismaPg elsewhere in the process is untouched.
 */
function readCharAsText(queryable: object): void {
  const internals = pgInternals(queryable);
  const performIO = internals.performIO.bind(queryable);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) field.dataTypeID = textTypeOfOid.get(field.dataTypeID) ?? field.dataTypeID;
    return result;
  };
}

class PostgresMigrationAdapter extends ForwardingAdapter {
  constructor(
    private readonly pgAdapter: PgAdapter,
    afterDispose?: () => Promise<void>,
  ) {
    super(pgAdapter, afterDispose);
    readCharAsText(pgAdapter);
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const transaction = await this.pgAdapter.startTransaction(isolationLevel);
    readCharAsText(transaction);
    return transaction;
  }

  /** Pitfall 3: adapter-pg splits scripts on `;`, breaking `$$` bodies; one simple query runs them whole. */
  override async executeScript(script: string): Promise<void> {
    try {
      await this.pgAdapter.underlyingDriver().query(script);
    } catch (error) {
      pgInternals(this.pgAdapter).onError(error);
    }
  }

  getConnectionInfo(): ConnectionInfo {
    return this.pgAdapter.getConnectionInfo();
  }
}

/** A PostgreSQL URL split into what pg understands and the Prisma-only `?schema=` parameter. */
interface PostgresTarget {
  connectionString: string;
  database: string;
  schema: string | undefined;
  /** `host:port`, as Prisma's connection error messages show it. */
  server: string;
  user: string;
}

function postgresTarget(url: string): PostgresTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return {
    connectionString: parsed.toString(),
    database: decodeURIComponent(parsed.pathname.slice(1)) || decodeURIComponent(parsed.username) || 'postgres',
    schema,
    server: `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`,
    user: decodeURIComponent(parsed.username),
  };
}

/** The URL of another database on the same PostgreSQL server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Pitfall 6: pg ignores `?schema=`, and PrismaPg's `schema` option only labels the connection, so
 * the search path is set per connection and the schema created, as the native engine does.
 */
async function connectPostgres(url: string, afterDispose?: () => Promise<void>): Promise<PostgresMigrationAdapter> {
  const target = postgresTarget(url);
  const config: pg.PoolConfig = { connectionString: target.connectionString };
  if (target.schema !== undefined) config.options = `-c search_path=${quoteIdentifier(target.schema)}`;
  const adapter = new PostgresMigrationAdapter(
    await new PrismaPg(config, target.schema === undefined ? {} : { schema: target.schema }).connect(),
    afterDispose,
  );
  if (target.schema !== undefined) {
    try {
      await adapter.executeScript(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(target.schema)}`);
    } catch (error) {
      await adapter.dispose();
      throw error;
    }
  }
  return adapter;
}

class PostgresMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly connections = new Set<SqlDriverAdapter>();

  constructor(
    private readonly url: string,
    private readonly shadowDatabaseUrl: string | undefined,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.track((afterDispose) => connectPostgres(this.url, afterDispose));
  }

  /**
   * Pitfall 1: the stock factory's shadow pool keeps the main URL, whose database wins over the
   * shadow one in pg, so the "shadow" replay ran on the main database. Here the shadow URL is
   * built explicitly, and the temporary database dropped when the engine is done with it.
   */
  connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadowUrl = this.shadowDatabaseUrl;
    if (shadowUrl !== undefined) {
      return this.track(async (afterDispose) => {
        // A configured shadow database is the engine's to wipe, as with the native engine.
        const adapter = await connectPostgres(shadowUrl, afterDispose);
        const schema = quoteIdentifier(postgresTarget(shadowUrl).schema ?? 'public');
        await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
        return adapter;
      });
    }
    return this.track(async (afterDispose) => {
      const admin = await connectPostgres(this.url);
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      try {
        await admin.executeScript(`CREATE DATABASE ${quoteIdentifier(database)}`);
      } catch (error) {
        await admin.dispose();
        throw withCreateDbHint(error);
      }
      const dropShadow = async () => {
        try {
          await admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)}`);
        } finally {
          await admin.dispose();
          await afterDispose();
        }
      };
      try {
        return await connectPostgres(withDatabase(this.url, database), dropShadow);
      } catch (error) {
        await dropShadow();
        throw error;
      }
    });
  }

  async dispose(): Promise<void> {
    for (const adapter of this.connections) await adapter.dispose();
  }

  /** Remembers open adapters: freeing the Wasm engine does not dispose them, and open pools keep Node running. */
  private async track(
    connect: (afterDispose: () => Promise<void>) => Promise<SqlDriverAdapter>,
  ): Promise<SqlDriverAdapter> {
    let adapter: SqlDriverAdapter | undefined;
    adapter = await connect(async () => {
      if (adapter) this.connections.delete(adapter);
    });
    this.connections.add(adapter);
    return adapter;
  }
}

function withCreateDbHint(error: unknown): unknown {
  if (!isDriverAdapterError(error) || !error.message.includes('permission denied to create database')) return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: '42501',
    severity: 'ERROR',
    message: `${error.message} (the shadow database needs a user with CREATEDB, or set datasource.shadowDatabaseUrl)`,
    detail: undefined,
    column: undefined,
    hint: undefined,
  });
}

type MigrationAdapterFactory = SqliteMigrationAdapterFactory | PostgresMigrationAdapterFactory;

function adapterFactoryFor(url: string, shadowDatabaseUrl: string | undefined): MigrationAdapterFactory {
  return supportedProvider(url) === 'sqlite'
    ? new SqliteMigrationAdapterFactory(url, shadowDatabaseUrl)
    : new PostgresMigrationAdapterFactory(url, shadowDatabaseUrl);
}

function supportedProvider(url: string): DatabaseProvider {
  const provider = providerOfUrl(url);
  if (provider === null) {
    throw new PrismaCodedError('P1013', `igw runs on file: and postgresql:// URLs, not ${redactUrl(url)}`);
  }
  return provider;
}

function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//<credentials>@');
}

// ---------------------------------------------------------------------------------------------
// The engine

export interface OpenSchemaEngineOptions {
  url: string;
  shadowDatabaseUrl?: string | undefined;
  /** Prisma schema files as [path, content], needed by the commands that read a schema. */
  datamodels?: [string, string][] | undefined;
  /** Receives the engine's JSON log lines; dropped when absent. */
  log?: ((line: string) => void) | undefined;
}

/** Message of the Wasm engine when a command needs the migrations' schema before anything computed it. */
const coldShadowCacheMessage = 'shadow DB must be provided through an external factory';

/**
 * The Wasm schema engine with the workarounds applied, method for method the JSON-RPC API the
 * Prisma CLI calls. Dispose it: pools left open keep Node running.
 */
export class WasmSchemaEngine {
  private constructor(
    private readonly engine: SchemaEngineWasm.SchemaEngine,
    private readonly adapterFactory: MigrationAdapterFactory,
    private readonly adapterErrors: ErrorRegistry,
  ) {}

  static async open(options: OpenSchemaEngineOptions): Promise<WasmSchemaEngine> {
    const wasm = await loadSchemaEngineWasm();
    const adapterFactory = adapterFactoryFor(options.url, options.shadowDatabaseUrl);
    const log = options.log ?? (() => {});
    const boundFactory = bindMigrationAwareSqlAdapterFactory(adapterFactory);
    const engine = await wasm.SchemaEngine.new({ datamodels: options.datamodels }, log, boundFactory);
    return new WasmSchemaEngine(engine, adapterFactory, boundFactory.errorRegistry);
  }

  applyMigrations(input: SchemaEngineWasm.ApplyMigrationsInput): Promise<SchemaEngineWasm.ApplyMigrationsOutput> {
    return this.run(() => this.engine.applyMigrations(input));
  }

  devDiagnostic(input: SchemaEngineWasm.DevDiagnosticInput): Promise<SchemaEngineWasm.DevDiagnosticOutput> {
    return this.run(() => this.engine.devDiagnostic(input));
  }

  async diagnoseMigrationHistory(
    input: SchemaEngineWasm.DiagnoseMigrationHistoryInput,
  ): Promise<SchemaEngineWasm.DiagnoseMigrationHistoryOutput> {
    const output = await this.run(() => this.engine.diagnoseMigrationHistory(input));
    // Pitfall 4a: the empty answer for a missing table made the engine believe it exists.
    if (this.adapterFactory instanceof SqliteMigrationAdapterFactory) {
      output.hasMigrationsTable = await this.adapterFactory.hasMigrationsTable();
    }
    return output;
  }

  evaluateDataLoss(input: SchemaEngineWasm.EvaluateDataLossInput): Promise<SchemaEngineWasm.EvaluateDataLossOutput> {
    return this.withMigrationsSchema(input.migrationsList, () => this.run(() => this.engine.evaluateDataLoss(input)));
  }

  createMigration(input: SchemaEngineWasm.CreateMigrationInput): Promise<SchemaEngineWasm.CreateMigrationOutput> {
    return this.withMigrationsSchema(input.migrationsList, () => this.run(() => this.engine.createMigration(input)));
  }

  markMigrationApplied(
    input: SchemaEngineWasm.MarkMigrationAppliedInput,
  ): Promise<SchemaEngineWasm.MarkMigrationAppliedOutput> {
    return this.run(() => this.engine.markMigrationApplied(input));
  }

  markMigrationRolledBack(
    input: SchemaEngineWasm.MarkMigrationRolledBackInput,
  ): Promise<SchemaEngineWasm.MarkMigrationRolledBackOutput> {
    return this.run(() => this.engine.markMigrationRolledBack(input));
  }

  async reset(input: SchemaEngineWasm.ResetInput): Promise<void> {
    if (this.adapterFactory instanceof SqliteMigrationAdapterFactory) await this.adapterFactory.reset();
    else await this.run(() => this.engine.reset(input));
  }

  diff(params: SchemaEngineWasm.DiffParams): Promise<SchemaEngineWasm.DiffResult> {
    return this.run(() => this.engine.diff(params));
  }

  schemaPush(input: SchemaEngineWasm.SchemaPushInput): Promise<SchemaEngineWasm.SchemaPushOutput> {
    return this.run(() => this.engine.schemaPush(input));
  }

  dbExecute(params: SchemaEngineWasm.DbExecuteParams): Promise<void> {
    return this.run(() => this.engine.dbExecute(params));
  }

  introspect(params: SchemaEngineWasm.IntrospectParams): Promise<SchemaEngineWasm.IntrospectResult> {
    return this.run(() => this.engine.introspect(params));
  }

  introspectSql(params: SchemaEngineWasm.IntrospectSqlParams): Promise<SchemaEngineWasm.IntrospectSqlResult> {
    return this.run(() => this.engine.introspectSql(params));
  }

  ensureConnectionValidity(
    params: SchemaEngineWasm.EnsureConnectionValidityParams,
  ): Promise<SchemaEngineWasm.EnsureConnectionValidityResult> {
    return this.run(() => this.engine.ensureConnectionValidity(params));
  }

  /** The database server's version (the CLI's `getDatabaseVersion`, used in error reports). */
  version(): Promise<string> {
    return this.run(() => this.engine.version());
  }

  async dispose(): Promise<void> {
    this.engine.free();
    await this.adapterFactory.dispose();
  }

  /**
   * Pitfall 5: evaluateDataLoss and createMigration only read the migrations' schema from a cache
   * that diagnoseMigrationHistory fills through the shadow database; on a cold cache they fail.
   */
  private async withMigrationsSchema<T>(migrationsList: MigrationList, command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      if (!(error instanceof Error) || !error.message.includes(coldShadowCacheMessage)) throw error;
      await this.run(() =>
        this.engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters: noSchemaFilter }),
      );
      return command();
    }
  }

  /**
   * The engine only reports "External error id#N" for an adapter error that is not a
   * DriverAdapterError (a bug or an upgrade breaking a workaround); the error itself waits in the
   * adapter binding's registry, and is what anyone debugging needs to see.
   */
  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      error.message = error.message.replace(/External error id#(\d+)/g, (reference, id: string) => {
        const cause = this.adapterErrors.consumeError(Number(id))?.error;
        return cause instanceof Error ? `${cause.name}: ${cause.message}` : reference;
      });
      throw error;
    }
  }
}

/** Opens the engine on a database; `datamodels` are the schema files commands like `migrate dev` read. */
export function openSchemaEngine(options: OpenSchemaEngineOptions): Promise<WasmSchemaEngine> {
  return WasmSchemaEngine.open(options);
}

// ---------------------------------------------------------------------------------------------
// Migrations folder, connection checks

const migrationLockFile = 'migration_lock.toml';
const migrationScriptFile = 'migration.sql';

/** Reads a migrations folder the way the Prisma CLI does before handing it to the engine. */
export function readMigrationsFolder(folder: string): MigrationList {
  const baseDir = resolve(folder);
  const lockPath = join(baseDir, migrationLockFile);
  const directories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort((a, b) => a.localeCompare(b))
    : [];
  return {
    baseDir,
    lockfile: { path: migrationLockFile, content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const scriptPath = join(baseDir, name, migrationScriptFile);
      return {
        path: name,
        migrationFile: {
          path: migrationScriptFile,
          content: existsSync(scriptPath)
            ? { tag: 'ok', value: readFileSync(scriptPath, 'utf8') }
            : { tag: 'error', value: `${scriptPath} does not exist` },
        },
      };
    }),
  };
}

/** The lock file the Prisma CLI writes beside migrations, naming the provider they are for. */
export function migrationLockContent(connectorType: string): string {
  return `# Please do not edit this file manually
# It should be added in your version-control system (e.g., Git)
provider = "${connectorType}"
`;
}

/**
 * Checks that the database exists and accepts us, failing with the code the native engine gives:
 * P1003 (no such database: the CLI then calls createDatabase), P1001 (unreachable), P1000 (auth).
 */
export async function canConnect(url: string): Promise<void> {
  if (supportedProvider(url) === 'sqlite') {
    const path = sqliteFilePath(url);
    if (!existsSync(path)) {
      throw new PrismaCodedError('P1003', `Database \`${basename(path)}\` does not exist at \`${path}\``);
    }
    return;
  }
  const target = postgresTarget(url);
  const client = new pg.Client({ connectionString: target.connectionString });
  try {
    await client.connect();
  } catch (error) {
    throw postgresConnectError(error, target);
  } finally {
    await client.end().catch(() => {});
  }
}

function postgresConnectError(error: unknown, target: PostgresTarget): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === '3D000') {
    return new PrismaCodedError(
      'P1003',
      `Database \`${target.database}\` does not exist on the database server at \`${target.server}\``,
    );
  }
  if (code === '28P01' || code === '28000') {
    return new PrismaCodedError(
      'P1000',
      `Authentication failed against database server at \`${target.server}\`, the provided database credentials for \`${target.user}\` are not valid.`,
    );
  }
  if (
    typeof code === 'string' &&
    ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code)
  ) {
    return new PrismaCodedError('P1001', `Can't reach database server at \`${target.server}\``);
  }
  return error;
}

/** Creates the database of the URL (SQLite: the file and its folder); returns its name. */
export async function createDatabase(url: string): Promise<string> {
  if (supportedProvider(url) === 'sqlite') {
    const path = sqliteFilePath(url);
    mkdirSync(dirname(path), { recursive: true });
    new Database(path).close();
    return basename(path);
  }
  const target = postgresTarget(url);
  // CREATE DATABASE runs from the maintenance database, which every server has.
  const client = new pg.Client({ connectionString: withDatabase(target.connectionString, 'postgres') });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE ${quoteIdentifier(target.database)}`);
  } catch (error) {
    throw postgresConnectError(error, target);
  } finally {
    await client.end().catch(() => {});
  }
  return target.database;
}

/**
 * Drops the database of the URL (SQLite: deletes the file). PostgreSQL ends the sessions still on
 * it (`WITH (FORCE)`, PostgreSQL 13+), so a test that leaked a connection cannot block the drop.
 */
export async function dropDatabase(url: string): Promise<void> {
  if (supportedProvider(url) === 'sqlite') {
    const path = sqliteFilePath(url);
    for (const suffix of sqliteFileSuffixes) rmSync(path + suffix, { force: true });
    return;
  }
  const target = postgresTarget(url);
  const client = new pg.Client({ connectionString: withDatabase(target.connectionString, 'postgres') });
  try {
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(target.database)} WITH (FORCE)`);
  } catch (error) {
    throw postgresConnectError(error, target);
  } finally {
    await client.end().catch(() => {});
  }
}
