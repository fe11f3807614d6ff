// `npm run db:migration -- <name>`: writes the next migration of both providers,
// prisma/<provider>/migrations/<timestamp>_<name>/migration.sql, from what each provider's schema
// has that its migration history does not (the npm script regenerates the schemas first). This is
// `prisma migrate dev --create-only` for both histories at once, on throwaway databases rather
// than a development database.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { migrationsFolderOf, schemaFileOf } from '../src/db/migrate.js';
import { type DatabaseProvider, databaseProviders } from '../src/db/provider.js';
import {
  createDatabase,
  dropDatabase,
  migrationLockContent,
  noSchemaFilter,
  openSchemaEngine,
  readMigrationsFolder,
  withDatabase,
} from '../src/db/schema-engine.js';

/** The PostgreSQL server the history is replayed on, in temporary databases created and dropped for it. */
export function postgresScratchServerUrl(): string {
  return (
    process.env.PRISMA_SHADOW_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgresql://postgres@127.0.0.1:5432/postgres'
  );
}

/** Prisma's migration folder timestamp: UTC, to the second. */
function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}

/**
 * Runs `use` on an empty database created for it: createMigration needs the history applied to a
 * database, because the engine only replays the migrations a database has applied (pitfall 5).
 */
async function withScratchDatabase<T>(provider: DatabaseProvider, use: (url: string) => Promise<T>): Promise<T> {
  const sqliteFolder = provider === 'sqlite' ? mkdtempSync(join(tmpdir(), 'igw-migration-')) : null;
  const url =
    sqliteFolder === null
      ? withDatabase(postgresScratchServerUrl(), `igw_migration_${randomUUID().replaceAll('-', '')}`)
      : `file:${join(sqliteFolder, 'scratch.db')}`;
  await createDatabase(url);
  try {
    return await use(url);
  } finally {
    await dropDatabase(url);
    if (sqliteFolder !== null) rmSync(sqliteFolder, { recursive: true, force: true });
  }
}

/** Returns the folder written, or null when the schema has nothing the history lacks. */
function createMigration(provider: DatabaseProvider, folderName: string, name: string): Promise<string | null> {
  return withScratchDatabase(provider, async (url) => {
    const engine = await openSchemaEngine({ url });
    try {
      const migrationsList = readMigrationsFolder(migrationsFolderOf(provider));
      await engine.applyMigrations({ migrationsList, filters: noSchemaFilter });
      const schemaPath = schemaFileOf(provider);
      const { migrationScript, connectorType, extension } = await engine.createMigration({
        draft: false,
        migrationName: name,
        migrationsList,
        schema: { files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }] },
        filters: noSchemaFilter,
      });
      if (migrationScript === null) return null;
      const folder = join(migrationsList.baseDir, folderName);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `migration.${extension}`), migrationScript, { flag: 'wx' });
      writeFileSync(join(migrationsList.baseDir, migrationsList.lockfile.path), migrationLockContent(connectorType));
      return folder;
    } finally {
      await engine.dispose();
    }
  });
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (name === undefined || !/^[a-z0-9_]+$/.test(name)) {
    console.error('usage: npm run db:migration -- <name>   (lowercase letters, digits and _, e.g. add_gateway_tags)');
    process.exit(2);
  }
  const folderName = `${migrationTimestamp(new Date())}_${name}`;
  for (const provider of databaseProviders) {
    const folder = await createMigration(provider, folderName, name);
    console.log(`${provider}: ${folder === null ? 'no changes' : `created ${relative(process.cwd(), folder)}`}`);
  }
}

if (process.argv[1] === import.meta.filename) await main();
