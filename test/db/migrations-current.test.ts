// A model change without its migration fails here: each provider's migration history, replayed
// from scratch, must produce exactly that provider's schema.
import { describe, expect, it } from 'vitest';
import { unmigratedSchemaChanges } from '../../src/db/migrate.js';
import { testPostgresServerUrl } from '../support/postgres.js';

const fix = 'run `npm run db:schemas && npm run db:migration -- <name>`';

describe('SQLite migration history', () => {
  it(`produces prisma/sqlite/schema.prisma (${fix})`, async () => {
    expect(await unmigratedSchemaChanges({ provider: 'sqlite' })).toBeNull();
  });
});

describe.skipIf(testPostgresServerUrl === undefined)(
  'PostgreSQL migration history (skipped without TEST_DATABASE_URL, a server where tests may create databases)',
  () => {
    it(`produces prisma/postgresql/schema.prisma (${fix})`, async () => {
      expect(
        await unmigratedSchemaChanges({ provider: 'postgresql', postgresServerUrl: testPostgresServerUrl }),
      ).toBeNull();
    });
  },
);
