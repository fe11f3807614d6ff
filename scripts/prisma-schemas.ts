// Writes prisma/<provider>/schema.prisma for each provider from the one model definition in
// prisma/models.prisma. Prisma fixes the provider per schema file, so the two files differ only
// in the header below. `--check` exits 1 instead of writing when a file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatabaseProvider, databaseProviders, prismaPathsFor } from '../src/db/provider.js';

const root = join(import.meta.dirname, '..');

export function renderPrismaSchema(provider: DatabaseProvider, models: string): string {
  // Pothos' types describe the models, which both providers share: one copy is enough.
  const pothosGenerator =
    provider === 'sqlite'
      ? `
generator pothos {
  provider     = "prisma-pothos-types"
  clientOutput = "./prisma/sqlite/client.js"
  output       = "../../src/generated/pothos-prisma-types.ts"
}
`
      : '';
  return `// Generated from prisma/models.prisma by \`npm run db:schemas\`: edit that file, not this one.

datasource db {
  provider = "${provider}"
}

generator client {
  provider            = "prisma-client"
  output              = "../../src/generated/prisma/${provider}"
  moduleFormat        = "esm"
  importFileExtension = "js"
}
${pothosGenerator}
${models}`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const models = readFileSync(join(root, 'prisma/models.prisma'), 'utf8');
  const stale: string[] = [];
  for (const provider of databaseProviders) {
    const path = join(root, prismaPathsFor(provider).schema);
    const wanted = renderPrismaSchema(provider, models);
    let current: string | null = null;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = null;
    }
    if (current === wanted) continue;
    if (check) stale.push(path);
    else writeFileSync(path, wanted);
  }
  if (stale.length > 0) {
    console.error(`stale Prisma schemas (run npm run db:schemas): ${stale.join(', ')}`);
    process.exit(1);
  }
}

if (process.argv[1] === import.meta.filename) main();
