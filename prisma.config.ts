// Prisma CLI configuration. The provider follows DATABASE_URL, so `npx prisma migrate deploy`
// works on either database; `--schema prisma/<provider>/schema.prisma` picks one explicitly.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { defaultDatabaseUrl, prismaPathsFor, providerOfUrl } from './src/db/provider.js';

// Prisma's native schema engine cannot be downloaded offline: the CLI drives Prisma's
// WebAssembly schema engine through this stand-in executable instead (docs/prisma-offline.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, 'scripts/prisma-schema-engine.mjs');

const url = process.env.DATABASE_URL ?? defaultDatabaseUrl;
const provider = providerOfUrl(url) ?? 'sqlite';
const paths = prismaPathsFor(provider);

export default defineConfig({
  schema: paths.schema,
  migrations: { path: paths.migrations },
  datasource: { url },
});
