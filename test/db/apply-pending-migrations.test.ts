// applyPendingMigrations on fresh databases: everything once, then nothing.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPendingMigrations, migrationsFolderOf } from '../../src/db/migrate.js';
import type { DatabaseProvider } from '../../src/db/provider.js';
import { dropDatabase, withDatabase } from '../../src/db/schema-engine.js';
import { createTestDatabase, testPostgresServerUrl } from '../support/postgres.js';

function migrationNames(provider: DatabaseProvider): string[] {
  return readdirSync(migrationsFolderOf(provider), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe('applyPendingMigrations on SQLite', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'igw-migrate-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('creates the file and its folder, applies every migration once, then none', async () => {
    const path = join(folder, 'data', 'igw.db');
    const url = `file:${path}`;
    expect(migrationNames('sqlite')).not.toHaveLength(0);

    expect(await applyPendingMigrations({ url, provider: 'sqlite' })).toEqual(migrationNames('sqlite'));
    expect(await applyPendingMigrations({ url, provider: 'sqlite' })).toEqual([]);

    const database = new Database(path, { readonly: true });
    try {
      const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['Project', 'InternetGateway', '_prisma_migrations']));
    } finally {
      database.close();
    }
  });

  it('refuses a URL of the other provider', async () => {
    await expect(applyPendingMigrations({ url: 'postgresql://localhost/igw', provider: 'sqlite' })).rejects.toThrow(
      /not a sqlite URL/,
    );
  });
});

describe.skipIf(testPostgresServerUrl === undefined)(
  'applyPendingMigrations on PostgreSQL (skipped without TEST_DATABASE_URL, a server where tests may create databases)',
  () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    beforeAll(async () => {
      database = await createTestDatabase(testPostgresServerUrl as string, 'apply_migrations');
    });
    afterAll(() => database?.drop());

    it('applies every migration once, then none', async () => {
      expect(await applyPendingMigrations({ url: database.url, provider: 'postgresql' })).toEqual(
        migrationNames('postgresql'),
      );
      expect(await applyPendingMigrations({ url: database.url, provider: 'postgresql' })).toEqual([]);

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        );
        expect(rows.map((row) => row.table_name)).toEqual(
          expect.arrayContaining(['Project', 'InternetGateway', '_prisma_migrations']),
        );
      } finally {
        await client.end();
      }
    });

    it('creates the database when it does not exist', async () => {
      const missing = withDatabase(database.url, `${new URL(database.url).pathname.slice(1)}_created`);
      try {
        expect(await applyPendingMigrations({ url: missing, provider: 'postgresql' })).toEqual(
          migrationNames('postgresql'),
        );
      } finally {
        await dropDatabase(missing);
      }
    });
  },
);
