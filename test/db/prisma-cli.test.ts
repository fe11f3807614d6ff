// The real Prisma CLI driving scripts/prisma-schema-engine.mjs, end to end, on a copy of each
// provider's schema and history in a temporary folder. The stand-in engine leans on adapter and
// engine internals; this is the test that catches an upgrade breaking one of its workarounds.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolderOf, schemaFileOf } from '../../src/db/migrate.js';
import type { DatabaseProvider } from '../../src/db/provider.js';
import { createDatabase } from '../../src/db/schema-engine.js';
import { createTestDatabase, testPostgresServerUrl } from '../support/postgres.js';

const projectRoot = join(import.meta.dirname, '../..');
const prismaCli = join(projectRoot, 'node_modules/prisma/build/index.js');
const schemaEngineShim = join(projectRoot, 'scripts/prisma-schema-engine.mjs');
const cliTimeout = 120_000;

interface CliResult {
  exitCode: number;
  output: string;
}

/** A temporary Prisma project: the provider's schema (generators removed) and migrations. */
class ScratchProject {
  readonly folder = mkdtempSync(join(tmpdir(), 'igw-prisma-cli-'));

  constructor(
    provider: DatabaseProvider,
    private readonly databaseUrl: string,
  ) {
    const schema = readFileSync(schemaFileOf(provider), 'utf8').replace(/^generator \w+ \{[\s\S]*?^\}$/gm, '');
    writeFileSync(join(this.folder, 'schema.prisma'), schema);
    cpSync(migrationsFolderOf(provider), join(this.folder, 'migrations'), { recursive: true });
    // A plain object: the folder has no node_modules to import prisma/config from.
    writeFileSync(
      join(this.folder, 'prisma.config.mjs'),
      `export default { schema: 'schema.prisma', migrations: { path: 'migrations' }, datasource: { url: process.env.DATABASE_URL } };\n`,
    );
  }

  /** Runs `prisma <args>` here, stdin from /dev/null so a prompt fails instead of hanging (pitfall 9). */
  prisma(...args: string[]): Promise<CliResult> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [prismaCli, ...args, '--config', 'prisma.config.mjs'],
        {
          cwd: this.folder,
          env: { ...process.env, DATABASE_URL: this.databaseUrl, PRISMA_SCHEMA_ENGINE_BINARY: schemaEngineShim },
          timeout: cliTimeout,
        },
        (error, stdout, stderr) => {
          const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
          resolve({ exitCode, output: `${stdout}${stderr}` });
        },
      ).stdin?.end();
    });
  }

  /** `migrate diff --exit-code` from `from` to the schema: exit code 0 when equal, 2 when not. */
  diffWithSchema(...from: string[]): Promise<CliResult> {
    return this.prisma('migrate', 'diff', ...from, '--to-schema', 'schema.prisma', '--exit-code');
  }

  appendToSchema(text: string): void {
    writeFileSync(
      join(this.folder, 'schema.prisma'),
      `${readFileSync(join(this.folder, 'schema.prisma'), 'utf8')}\n${text}`,
    );
  }

  migrationNames(): string[] {
    return readdirSync(join(this.folder, 'migrations'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  }

  migrationScript(name: string): string {
    return readFileSync(join(this.folder, 'migrations', name, 'migration.sql'), 'utf8');
  }

  appendToMigration(name: string, sql: string): void {
    writeFileSync(join(this.folder, 'migrations', name, 'migration.sql'), `${this.migrationScript(name)}\n${sql}\n`);
  }

  remove(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}

const probeModel = `model CliProbe {
  id   Int    @id @default(autoincrement())
  note String
}
`;

/** The same CLI session on each provider; `extraSql` is appended to the created migration. */
function describeCliSession(
  provider: DatabaseProvider,
  openDatabase: () => Promise<{ url: string; drop(): Promise<void> }>,
  extraSql: string,
): void {
  let database: { url: string; drop(): Promise<void> };
  let project: ScratchProject;
  let initialMigrations: string[];

  beforeAll(async () => {
    database = await openDatabase();
    project = new ScratchProject(provider, database.url);
    initialMigrations = project.migrationNames();
  });
  afterAll(async () => {
    project?.remove();
    await database?.drop();
  });

  it('status on an empty database lists the whole history as not applied', async () => {
    // On SQLite this is the missing `_prisma_migrations` table the Wasm engine reported as P1014.
    const { exitCode, output } = await project.prisma('migrate', 'status');
    expect(output).toContain('have not yet been applied');
    expect(output).toContain(initialMigrations.at(-1));
    expect(exitCode).toBe(1);
  });

  it('deploy applies the history, and status then reports it up to date', async () => {
    const deploy = await project.prisma('migrate', 'deploy');
    expect(deploy.output).toContain('All migrations have been successfully applied');
    expect(deploy.exitCode).toBe(0);

    const status = await project.prisma('migrate', 'status');
    expect(status.output).toContain('Database schema is up to date');
    expect(status.exitCode).toBe(0);
  });

  it('diff --exit-code finds no difference between the history and the schema', async () => {
    const fromMigrations = await project.diffWithSchema('--from-migrations', 'migrations');
    expect(fromMigrations.output).toContain('No difference detected');
    expect(fromMigrations.exitCode).toBe(0);
  });

  it('dev --create-only --name writes the migration of a schema change, which diff then reports', async () => {
    project.appendToSchema(probeModel);
    const changed = await project.diffWithSchema('--from-migrations', 'migrations');
    expect(changed.exitCode).toBe(2);

    const dev = await project.prisma('migrate', 'dev', '--create-only', '--name', 'cli_probe');
    expect(dev.exitCode, dev.output).toBe(0);
    const created = project.migrationNames().filter((name) => !initialMigrations.includes(name));
    expect(created).toEqual([expect.stringMatching(/^\d{14}_cli_probe$/)]);
    expect(project.migrationScript(created[0] as string)).toContain('CREATE TABLE "CliProbe"');
    project.appendToMigration(created[0] as string, extraSql);

    const status = await project.prisma('migrate', 'status');
    expect(status.output).toContain(created[0]);
    expect(status.exitCode).toBe(1);
  });

  it('reset --force rebuilds the database from the whole history, which then matches the schema', async () => {
    const reset = await project.prisma('migrate', 'reset', '--force');
    expect(reset.exitCode, reset.output).toBe(0);

    const status = await project.prisma('migrate', 'status');
    expect(status.output).toContain('Database schema is up to date');
    expect(status.exitCode).toBe(0);

    const fromDatabase = await project.diffWithSchema('--from-config-datasource');
    expect(fromDatabase.output).toContain('No difference detected');
    expect(fromDatabase.exitCode).toBe(0);

    // Replays the whole history, extra SQL included, into a shadow database.
    const fromMigrations = await project.diffWithSchema('--from-migrations', 'migrations');
    expect(fromMigrations.output).toContain('No difference detected');
    expect(fromMigrations.exitCode).toBe(0);
  });
}

describe('the Prisma CLI on SQLite through the Wasm engine', { timeout: cliTimeout }, () => {
  describeCliSession(
    'sqlite',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'igw-prisma-cli-db-'));
      const url = `file:${join(folder, 'igw.db')}`;
      await createDatabase(url);
      return { url, drop: async () => rmSync(folder, { recursive: true, force: true }) };
    },
    // A trigger body holds `;` too: replays hand each script to SQLite whole (pitfall 4b).
    'CREATE TRIGGER "CliProbe_trim" AFTER INSERT ON "CliProbe" BEGIN\n  UPDATE "CliProbe" SET "note" = trim("note") WHERE "id" = NEW."id";\nEND;',
  );
});

describe.skipIf(testPostgresServerUrl === undefined)(
  'the Prisma CLI on PostgreSQL through the Wasm engine (skipped without TEST_DATABASE_URL, a server where tests may create databases)',
  { timeout: cliTimeout },
  () => {
    describeCliSession(
      'postgresql',
      async () => {
        const created = await createTestDatabase(testPostgresServerUrl as string, 'prisma_cli');
        // `?schema=` is a Prisma-only parameter pg ignores (pitfall 6).
        const url = new URL(created.url);
        url.searchParams.set('schema', 'igw_cli');
        return { url: url.toString(), drop: created.drop };
      },
      // A `$$` body with `;` inside: adapter-pg split scripts on `;` (pitfall 3).
      `CREATE FUNCTION "cli_probe_trim"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."note" := trim(NEW."note");
  RETURN NEW;
END;
$$;`,
    );
  },
);
