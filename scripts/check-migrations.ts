// `npm run db:check`: fails when either provider's schema file is stale against
// prisma/models.prisma, or when either migration history does not produce its schema, which is
// how a model change without its migration is caught before it reaches a database.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { schemaFileOf, unmigratedSchemaChanges } from '../src/db/migrate.js';
import { databaseProviders, prismaPathsFor } from '../src/db/provider.js';
import { postgresScratchServerUrl } from './new-migration.js';
import { renderPrismaSchema } from './prisma-schemas.js';

const models = readFileSync(join(import.meta.dirname, '../prisma/models.prisma'), 'utf8');
const problems: string[] = [];
for (const provider of databaseProviders) {
  const schemaPath = schemaFileOf(provider);
  let schema: string | null;
  try {
    schema = readFileSync(schemaPath, 'utf8');
  } catch {
    schema = null;
  }
  if (schema !== renderPrismaSchema(provider, models)) {
    // Checking the history against a stale schema would only add noise.
    problems.push(
      `${relative(process.cwd(), schemaPath)} is stale against prisma/models.prisma: run npm run db:schemas`,
    );
    continue;
  }
  const changes = await unmigratedSchemaChanges({ provider, postgresServerUrl: postgresScratchServerUrl() });
  if (changes !== null) {
    problems.push(
      `${prismaPathsFor(provider).migrations} is behind its schema: run npm run db:migration -- <name>\n${changes.trimEnd()}`,
    );
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
console.log('Prisma schemas and migrations are current for both providers');
