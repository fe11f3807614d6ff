// Brings a database up to date with igw's migrations, in process through Prisma's Wasm schema
// engine: the server runs it at start, and tests for every fresh database they create.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatabaseProvider, prismaPathsFor, providerOfUrl } from './provider.js';
import {
  canConnect,
  createDatabase,
  noSchemaFilter,
  openSchemaEngine,
  PrismaCodedError,
  readMigrationsFolder,
} from './schema-engine.js';

/** The project root, so the migrations are found whatever the CWD. */
const projectRoot = join(import.meta.dirname, '../..');

/** Absolute path of a provider's migration history. */
export function migrationsFolderOf(provider: DatabaseProvider): string {
  return join(projectRoot, prismaPathsFor(provider).migrations);
}

/** Absolute path of a provider's generated Prisma schema. */
export function schemaFileOf(provider: DatabaseProvider): string {
  return join(projectRoot, prismaPathsFor(provider).schema);
}

/**
 * Creates the database when it does not exist (a SQLite file with its folder), applies the
 * migrations it lacks, the same way `prisma migrate deploy` does, and returns their names.
 */
export async function applyPendingMigrations({
  url,
  provider,
}: {
  url: string;
  provider: DatabaseProvider;
}): Promise<string[]> {
  if (providerOfUrl(url) !== provider) {
    throw new Error(`the database URL is not a ${provider} URL, so ${provider} migrations cannot apply to it`);
  }
  await createDatabaseIfMissing(url);
  const engine = await openSchemaEngine({ url });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationsFolder(migrationsFolderOf(provider)),
      filters: noSchemaFilter,
    });
    return appliedMigrationNames;
  } finally {
    await engine.dispose();
  }
}

async function createDatabaseIfMissing(url: string): Promise<void> {
  try {
    await canConnect(url);
  } catch (error) {
    if (!(error instanceof PrismaCodedError && error.code === 'P1003')) throw error;
    await createDatabase(url);
  }
}

/**
 * What the provider's schema has that its migration history does not produce, as the engine
 * summarises it, or null when the history is current. PostgreSQL replays the history into a
 * temporary database on the server of `postgresServerUrl`.
 */
export async function unmigratedSchemaChanges({
  provider,
  postgresServerUrl,
}: {
  provider: DatabaseProvider;
  postgresServerUrl?: string | undefined;
}): Promise<string | null> {
  // SQLite replays into memory; the URL only picks the adapter.
  const url = provider === 'sqlite' ? 'file::memory:' : postgresServerUrl;
  if (url === undefined) throw new Error('checking the PostgreSQL migrations needs a server URL to replay them on');
  const schemaPath = schemaFileOf(provider);
  const engine = await openSchemaEngine({ url });
  try {
    const migrationsList = readMigrationsFolder(migrationsFolderOf(provider));
    const { exitCode, stdout } = await engine.diff({
      // The engine reads the provider from the lock file, which an empty history does not have yet.
      from:
        migrationsList.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }] },
      script: false,
      exitCode: true,
      filters: noSchemaFilter,
    });
    return exitCode === 0 ? null : (stdout ?? 'the schema differs from the migrations');
  } finally {
    await engine.dispose();
  }
}
